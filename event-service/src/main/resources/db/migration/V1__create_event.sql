-- Events of the war as reported. Rows are never deleted: a retraction is a status.
create table event (
    id                 uuid primary key,
    version            bigint       not null,
    title              varchar(500) not null,
    type               varchar(32)  not null check (type in ('DEPLOYMENT', 'AUTHORIZATION', 'STRIKE', 'BATTLE', 'SUMMIT',
                                                            'AID_ANNOUNCEMENT', 'STATEMENT', 'MILESTONE', 'OTHER')),
    date               date         not null,
    date_precision     varchar(16)  not null check (date_precision in ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    end_date           date check (end_date is null or end_date >= date),
    summary            text,
    actors             text[]       not null default '{}',
    location_name      varchar(300),
    location_region    varchar(300),
    location_country   varchar(2),
    location_latitude  double precision check (location_latitude between -90 and 90),
    location_longitude double precision check (location_longitude between -180 and 180),
    location_precision varchar(16) check (location_precision in ('EXACT', 'NEAR', 'SETTLEMENT', 'REGION', 'COUNTRY')),
    sources            jsonb        not null default '[]',
    tags               text[]       not null default '{}',
    quantities         jsonb        not null default '[]',
    status             varchar(16)  not null check (status in ('ACTIVE', 'RETRACTED')),
    retraction_reason  text,
    external_key       varchar(200) unique,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    created_by         varchar(200) not null,
    updated_by         varchar(200) not null,
    search             tsvector generated always as (
                           to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, ''))) stored
);

-- The default list order and its keyset cursor.
create index event_date_id_idx on event (date desc, id desc);
-- The changedSince feed order and its keyset cursor.
create index event_updated_at_id_idx on event (updated_at, id);
create index event_type_date_idx on event (type, date desc);
create index event_country_date_idx on event (location_country, date desc);
create index event_actors_idx on event using gin (actors);
create index event_tags_idx on event using gin (tags);
create index event_search_idx on event using gin (search);
