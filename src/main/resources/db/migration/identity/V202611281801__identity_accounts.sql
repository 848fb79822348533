-- Accounts of residents and staff. An account belongs to one organisation; staff have roles in it.
create table account (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    email           text not null,
    display_name    text not null,
    password_hash   text not null,
    confirmed_at    timestamptz,
    locale          text not null default 'nl',
    created_at      timestamptz not null default now(),
    terms_accepted_at timestamptz,
    primary key (organisation_id, id),
    unique (id)
);
-- E-mail addresses are unique per organisation, case-insensitively.
create unique index account_email on account (organisation_id, lower(email));

create table staff_role (
    organisation_id bigint not null,
    account_id      bigint not null,
    role            text not null check (role in ('ORGANISATION_ADMIN', 'PROJECT_MANAGER', 'MODERATOR', 'ANALYST', 'PLATFORM_ADMIN')),
    primary key (organisation_id, account_id, role),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);

-- Single-use links sent by mail. Only a hash of the token is stored.
create table account_token (
    organisation_id bigint not null,
    token_hash      text primary key,
    account_id      bigint not null,
    purpose         text not null check (purpose in ('CONFIRM', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    new_email       text,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_at      timestamptz not null default now(),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index account_token_account on account_token (organisation_id, account_id);

-- Failed logins, per account e-mail and per client address, to slow down and lock guessing.
create table login_failure (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    email           text not null,
    address         text not null,
    failed_at       timestamptz not null default now(),
    primary key (organisation_id, id)
);
create index login_failure_email on login_failure (organisation_id, lower(email), failed_at);
create index login_failure_address on login_failure (organisation_id, address, failed_at);
