-- Staff API tokens for /api/v1: a token acts as the staff member who created it, with their roles.
-- Only a hash is stored; the token is shown once.
create table api_token (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    account_id      bigint not null,
    name            text not null,
    token_hash      text not null unique,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    primary key (organisation_id, id),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
