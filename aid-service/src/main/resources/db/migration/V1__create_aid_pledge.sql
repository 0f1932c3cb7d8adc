-- Exchange rates as data: units of currency per one euro, loaded by the operator.
create table fx_rate (
    id         uuid primary key,
    date       date          not null,
    currency   varchar(3)    not null check (currency ~ '^[A-Z]{3}$' and currency <> 'EUR'),
    per_eur    numeric(20, 8) not null check (per_eur > 0),
    source     varchar(500)  not null,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200)  not null,
    unique (currency, date)
);
-- The normalisation look-up: the latest rate of a currency on or before a date.
create index fx_rate_currency_date_idx on fx_rate (currency, date desc);

-- Aid pledges, reported totals and contracts, as reported. Rows are never deleted.
create table aid_pledge (
    id              uuid primary key,
    version         bigint        not null,
    title           varchar(500)  not null,
    donor           varchar(12)   not null,
    recipient       varchar(12)   not null,
    kind            varchar(16)   not null check (kind in ('PLEDGE', 'REPORTED_TOTAL', 'CONTRACT')),
    type            varchar(16)   not null check (type in ('MILITARY', 'FINANCIAL', 'HUMANITARIAN')),
    status          varchar(16)   not null check (status in ('PROPOSED', 'ANNOUNCED', 'COMMITTED', 'ALLOCATED',
                                                             'DELIVERED', 'DECLINED', 'WITHDRAWN')),
    announced_on    date          not null,
    value_amount    numeric(22, 4) check (value_amount > 0),
    value_currency  varchar(3),
    value_qualifier varchar(16) check (value_qualifier in ('EXACT', 'APPROXIMATELY', 'AT_LEAST', 'MORE_THAN',
                                                            'AT_MOST')),
    items           jsonb         not null default '[]',
    timeframe       varchar(500),
    parent_id       uuid references aid_pledge (id),
    event_id        uuid,
    sources         jsonb         not null default '[]',
    status_history  jsonb         not null default '[]',
    external_key    varchar(200) unique,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    created_by      varchar(200)  not null,
    updated_by      varchar(200)  not null,
    constraint aid_pledge_value_complete check ((value_amount is null) = (value_currency is null))
);

-- The default list order and its keyset cursor.
create index aid_pledge_announced_on_id_idx on aid_pledge (announced_on desc, id desc);
-- The changedSince feed order and its keyset cursor.
create index aid_pledge_updated_at_id_idx on aid_pledge (updated_at, id);
create index aid_pledge_donor_idx on aid_pledge (donor, announced_on desc);
create index aid_pledge_recipient_idx on aid_pledge (recipient, announced_on desc);
create index aid_pledge_type_idx on aid_pledge (type, announced_on desc);
create index aid_pledge_kind_status_idx on aid_pledge (kind, status, announced_on);
create index aid_pledge_parent_idx on aid_pledge (parent_id) where parent_id is not null;
create index aid_pledge_event_idx on aid_pledge (event_id) where event_id is not null;
