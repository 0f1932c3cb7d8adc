-- Casualty claims: figures someone stated about someone's losses. Rows are never deleted.
create table casualty_claim (
    id                uuid primary key,
    version           bigint       not null,
    claimant          varchar(300) not null,
    subject           varchar(12)  not null,
    force             varchar(200),
    category          varchar(32)  not null check (category in ('KILLED', 'WOUNDED', 'KILLED_OR_WOUNDED', 'CAPTURED',
                                                                'MISSING', 'EQUIPMENT')),
    equipment_type    varchar(32) check (equipment_type in ('TANK', 'ARMORED_VEHICLE', 'ARTILLERY', 'AIRCRAFT',
                                                            'HELICOPTER', 'DRONE', 'SHIP', 'AIR_DEFENSE', 'VEHICLE',
                                                            'OTHER')),
    figure_qualifier  varchar(16)  not null check (figure_qualifier in ('EXACT', 'APPROXIMATELY', 'AT_LEAST',
                                                                        'MORE_THAN', 'AT_MOST', 'RANGE',
                                                                        'UNQUANTIFIED')),
    figure_value      bigint check (figure_value >= 0),
    figure_low        bigint check (figure_low >= 0),
    figure_best       bigint check (figure_best >= 0),
    figure_high       bigint check (figure_high >= 0),
    scope_kind        varchar(16)  not null check (scope_kind in ('CUMULATIVE', 'INTERVAL')),
    scope_from        date,
    scope_to          date,
    as_of             date         not null,
    stated_on         date,
    event_id          uuid,
    sources           jsonb        not null default '[]',
    status            varchar(16)  not null check (status in ('ACTIVE', 'SUPERSEDED', 'RETRACTED')),
    revision          integer      not null,
    retraction_reason text,
    external_key      varchar(200) unique,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    created_by        varchar(200) not null,
    updated_by        varchar(200) not null,
    -- Equipment claims say what kind; personnel claims have no equipment type.
    constraint casualty_claim_equipment_type check ((category = 'EQUIPMENT') = (equipment_type is not null)),
    constraint casualty_claim_bounds check (figure_low is null or figure_high is null or figure_low <= figure_high),
    constraint casualty_claim_interval check (scope_kind = 'CUMULATIVE' or (scope_from is not null and scope_to >= scope_from))
);

-- The summary and series: latest claim per claimant for one subject, category and scope, as of a date.
create index casualty_claim_summary_idx
    on casualty_claim (subject, category, scope_kind, claimant, as_of desc) where status = 'ACTIVE';
-- The default list order and its keyset cursor.
create index casualty_claim_as_of_id_idx on casualty_claim (as_of desc, id desc);
-- The changedSince feed order and its keyset cursor.
create index casualty_claim_updated_at_id_idx on casualty_claim (updated_at, id);
create index casualty_claim_claimant_idx on casualty_claim (claimant, as_of desc);
create index casualty_claim_event_idx on casualty_claim (event_id) where event_id is not null;

-- Every value a claim has had, oldest first.
create table casualty_claim_revision (
    id               uuid primary key,
    claim_id         uuid         not null references casualty_claim (id),
    revision         integer      not null,
    figure_qualifier varchar(16)  not null,
    figure_value     bigint,
    figure_low       bigint,
    figure_best      bigint,
    figure_high      bigint,
    as_of            date         not null,
    stated_on        date,
    sources          jsonb        not null default '[]',
    status           varchar(16)  not null check (status in ('ACTIVE', 'SUPERSEDED', 'RETRACTED')),
    note             text,
    recorded_at      timestamp(6) with time zone not null,
    recorded_by      varchar(200) not null,
    unique (claim_id, revision)
);
