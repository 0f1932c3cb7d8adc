-- The totals of GET /api/aid-pledges/totals, kept in step with every write in that write's own transaction
-- (PledgeTotalRepository): sums of the pledges that count, per donor, recipient, type, status and currency as
-- reported, three times over — per day, per month and per year of announcedOn. A totals query reads whole years,
-- whole months and the odd days at its window's ends, so what it reads is bounded by the calendar and the number of
-- donors, not by the number of pledges.
--
-- EUR and USD values are stored converted, each pledge rounded to cents with the rates in force on its day, exactly as
-- a pledge is normalised: a sum of amounts converted once would round differently. A rate loaded later rebuilds the
-- days it now covers (until the next rate of its currency) and the months and years holding them.
--
-- Kept by the service code rather than by triggers: a pledge write touches these rows in one statement, in key order
-- (a bulk import too, whatever JDBC batches it was inserted in), so concurrent writers never deadlock on them.
create table aid_pledge_total (
    grain      varchar(5)  not null check (grain in ('day', 'month', 'year')),
    -- The day, or the first day of the month or year.
    period     date        not null check (period = date_trunc(grain, period::timestamp)::date),
    donor      varchar(12) not null,
    recipient  varchar(12) not null,
    type       varchar(16) not null,
    status     varchar(16) not null,
    -- Of the value as reported; '' for the counted pledges without a value.
    currency   varchar(3)  not null,
    -- Counted pledges; with a EUR (USD) value, that is with a value and the rates it needs; the sums of those values.
    pledges    bigint      not null,
    eur_valued bigint      not null,
    eur        numeric     not null,
    usd_valued bigint      not null,
    usd        numeric     not null,
    primary key (grain, period, donor, recipient, type, status, currency)
);

-- Backfill: the same conversion and the same pledges that count as PledgeTotalRepository's (kind PLEDGE, neither
-- DECLINED nor WITHDRAWN, not part of a parent that itself counts, converted with the rates in force on the announcement date).
with rate as (select currency, per_eur, date, lead(date) over (partition by currency order by date) as valid_to
              from fx_rate)
insert into aid_pledge_total (grain, period, donor, recipient, type, status, currency, pledges, eur_valued, eur,
                              usd_valued, usd)
select 'day', p.announced_on, p.donor, p.recipient, p.type, p.status, coalesce(p.value_currency, ''), count(*),
       count(v.eur), coalesce(sum(v.eur), 0), count(v.usd), coalesce(sum(v.usd), 0)
from aid_pledge p
left join rate own on own.currency = p.value_currency and p.announced_on >= own.date
    and (own.valid_to is null or p.announced_on < own.valid_to)
left join rate usd on usd.currency = 'USD' and p.announced_on >= usd.date
    and (usd.valid_to is null or p.announced_on < usd.valid_to)
cross join lateral (select
    case when p.value_currency = 'EUR' then round(p.value_amount, 2)
         else round(p.value_amount / own.per_eur, 2) end as eur,
    case when p.value_currency = 'USD' then round(p.value_amount, 2)
         when p.value_currency = 'EUR' then round(p.value_amount * usd.per_eur, 2)
         else round(p.value_amount / own.per_eur * usd.per_eur, 2) end as usd) v
where p.kind = 'PLEDGE' and p.status not in ('DECLINED', 'WITHDRAWN')
  and not exists (select 1 from aid_pledge parent where parent.id = p.parent_id and parent.kind = 'PLEDGE'
                  and parent.status not in ('DECLINED', 'WITHDRAWN'))
group by p.announced_on, p.donor, p.recipient, p.type, p.status, coalesce(p.value_currency, '');

insert into aid_pledge_total (grain, period, donor, recipient, type, status, currency, pledges, eur_valued, eur,
                              usd_valued, usd)
select 'month', date_trunc('month', period::timestamp)::date, donor, recipient, type, status, currency, sum(pledges),
       sum(eur_valued), sum(eur), sum(usd_valued), sum(usd)
from aid_pledge_total where grain = 'day'
group by 2, donor, recipient, type, status, currency;

insert into aid_pledge_total (grain, period, donor, recipient, type, status, currency, pledges, eur_valued, eur,
                              usd_valued, usd)
select 'year', date_trunc('year', period::timestamp)::date, donor, recipient, type, status, currency, sum(pledges),
       sum(eur_valued), sum(eur), sum(usd_valued), sum(usd)
from aid_pledge_total where grain = 'month'
group by 2, donor, recipient, type, status, currency;
