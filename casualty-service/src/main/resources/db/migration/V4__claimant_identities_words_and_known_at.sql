-- Claimant identities: who speaks, under which names, for which party.
create table claimant (
    id          uuid primary key,
    version     bigint       not null,
    name        varchar(300) not null,
    -- Other names it is written under, as written (the lookup keys are in claimant_alias).
    aliases     jsonb        not null default '[]',
    kind        varchar(32)  not null check (kind in ('GOVERNMENT', 'MILITARY', 'INTELLIGENCE',
                                                      'INTERNATIONAL_ORGANISATION', 'NGO', 'MEDIA', 'RESEARCH',
                                                      'OTHER')),
    -- The party it speaks for: a country or organisation code, or several joined by '+' for a joint statement.
    affiliation varchar(64),
    parent_id   uuid references claimant (id),
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    created_by  varchar(200) not null,
    updated_by  varchar(200) not null,
    constraint claimant_not_own_parent check (parent_id is null or parent_id <> id)
);
create index claimant_name_id_idx on claimant (name, id);
create index claimant_parent_idx on claimant (parent_id) where parent_id is not null;

-- Every name of every claimant, its own included, by its lookup key (case and runs of white space ignored): one name
-- belongs to one claimant at most.
create table claimant_alias (
    key          varchar(300) primary key,
    claimant_id  uuid not null references claimant (id)
);
create index claimant_alias_claimant_idx on claimant_alias (claimant_id);

-- A claim keeps its claimant as written and is linked to an identity (or not: unlinked names are listed, never guessed).
alter table casualty_claim add column claimant_id uuid references claimant (id);
-- Claims are compared per identity; a claim without one stands for its written name alone.
alter table casualty_claim add column claimant_key varchar(310)
    generated always as (coalesce(claimant_id::text, 'name:' || claimant)) stored;
-- A vague word the figure was stated with ("thousands"), kept as written.
alter table casualty_claim add column figure_word varchar(100);
alter table casualty_claim_revision add column figure_word varchar(100);
-- When the claim was retracted: the ledger as known at an earlier instant still shows it.
alter table casualty_claim add column retracted_at timestamp(6) with time zone;
alter table casualty_claim add column retracted_by varchar(200);
update casualty_claim set retracted_at = updated_at, retracted_by = updated_by where status = 'RETRACTED';
alter table casualty_claim add constraint casualty_claim_retracted_at
    check ((status = 'RETRACTED') = (retracted_at is not null and retracted_by is not null));

drop index casualty_claim_summary_idx;
create index casualty_claim_summary_idx
    on casualty_claim (subject, category, scope_kind, equipment_type, claimant_key, as_of desc) where status = 'ACTIVE';
create index casualty_claim_claimant_id_idx on casualty_claim (claimant_id, as_of desc) where claimant_id is not null;
create index casualty_claim_unlinked_idx on casualty_claim (claimant) where claimant_id is null;

-- Every link of a claim to an identity, the first one included: who linked it, when, why, and what it replaced.
create table claimant_link (
    id                   uuid primary key,
    claim_id             uuid         not null references casualty_claim (id),
    -- Null: the claim was unlinked.
    claimant_id          uuid references claimant (id),
    previous_claimant_id uuid references claimant (id),
    how                  varchar(16)  not null check (how in ('ON_CREATE', 'ALIAS_ADDED', 'EDITOR')),
    note                 text,
    recorded_at          timestamp(6) with time zone not null,
    recorded_by          varchar(200) not null
);
create index claimant_link_claim_idx on claimant_link (claim_id, recorded_at desc);
-- The ledger as known at an instant reads each claim's revision in force then.
create index casualty_claim_revision_known_idx on casualty_claim_revision (claim_id, recorded_at desc);
