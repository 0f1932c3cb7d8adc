-- Answers to POST requests sent with an Idempotency-Key (platform's IdempotencyFilters): a repeat of the request by
-- the same caller gets the stored answer again instead of creating a second record. Only 2xx answers are stored, in
-- the transaction that created the record; rows older than warledger.idempotency.retention are removed.
create table idempotency_key (
    -- SHA-256 of caller, method, path and key: the one row of a caller's key for a request target.
    scope           bytea        primary key,
    caller          varchar(200) not null,
    method          varchar(16)  not null,
    path            text         not null,
    idempotency_key varchar(200) not null,
    -- SHA-256 of the query and body of the first request: a repeat with another body is refused.
    request_hash    bytea        not null,
    status          smallint     not null,
    location        text,
    etag            text,
    content_type    text         not null,
    body            bytea        not null,
    created_at      timestamptz  not null
);

create index idempotency_key_created_at_idx on idempotency_key (created_at);
