-- Articles as posted: the text is stored once and never changed, so that every candidate's offsets stay valid.
create table article (
    id            uuid          primary key,
    version       bigint        not null,
    url           varchar(2000),
    publisher     varchar(300),
    title         varchar(1000) not null,
    published_on  date          not null,
    retrieved_on  date,
    language      varchar(35)   not null,
    text          text          not null,
    -- SHA-256 of the stored text: the same text posted twice is the same article.
    content_hash  varchar(64)   not null unique,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    created_by    varchar(200)  not null
);

create index article_published_idx on article (published_on desc, id desc);
create index article_updated_idx on article (updated_at, id);

-- What extraction proposed from an article, and what a person decided.
create table candidate (
    id               uuid          primary key,
    article_id       uuid          not null references article (id),
    version          bigint        not null,
    -- Position in the article's candidates (text order), fixed when extracted.
    ordinal          integer       not null,
    kind             varchar(20)   not null check (kind in ('CASUALTY_CLAIM', 'AID_PLEDGE', 'EVENT')),
    proposed         jsonb         not null,
    span_start       integer       not null check (span_start >= 0),
    span_end         integer       not null check (span_end > span_start),
    quote            text          not null,
    evidence         jsonb         not null,
    confidence       numeric(3, 2) not null check (confidence between 0 and 1),
    reasons          jsonb         not null,
    status           varchar(10)   not null check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    -- The record the owning service created when it was accepted, and the fields it was created with.
    record_id        uuid,
    accepted         jsonb,
    rejection_reason varchar(1000),
    reviewed_by      varchar(200),
    reviewed_at      timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    unique (article_id, ordinal),
    check ((status = 'ACCEPTED') = (record_id is not null))
);

create index candidate_updated_idx on candidate (updated_at, id);
