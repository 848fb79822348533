-- The resident panel. A member's personal data (account, e-mail, profile, consents) lives here and
-- nowhere else; leaving blanks it and keeps only the dates, so the panel's size over time stays right.
create table panel_member (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    account_id      bigint,
    email           text,
    birth_year      integer,
    sex             text check (sex in ('M', 'V', 'X')),
    postcode        text,
    area_id         bigint,
    education       text,
    household       text,
    status          text not null check (status in ('ACTIVE', 'PAUSED', 'LEFT')),
    source          text not null check (source in ('OPEN', 'CODE', 'IMPORT')),
    joined_on       date not null,
    left_on         date,
    primary key (organisation_id, id),
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete set null (area_id)
);
create unique index panel_member_account on panel_member (organisation_id, account_id) where account_id is not null;
create unique index panel_member_email on panel_member (organisation_id, lower(email)) where email is not null;
create index panel_member_status on panel_member (organisation_id, status);

-- Consent per purpose, with the version of the privacy text the member agreed to.
create table panel_consent (
    organisation_id bigint not null,
    member_id       bigint not null,
    purpose         text not null check (purpose in ('SURVEYS', 'FOLLOW_UP')),
    privacy_version text not null,
    given_at        timestamptz not null,
    primary key (organisation_id, member_id, purpose),
    foreign key (organisation_id, member_id) references panel_member (organisation_id, id) on delete cascade
);

-- Codes from invitation letters to a random sample; only a hash is stored and a code works once.
create table panel_code (
    organisation_id bigint not null references organisation (id) on delete cascade,
    code_hash       text not null,
    created_at      timestamptz not null default now(),
    used_at         timestamptz,
    primary key (organisation_id, code_hash)
);

-- Four-digit postcodes to areas, so a postcode in a profile or an import finds its area.
create table panel_postcode (
    organisation_id bigint not null,
    postcode4       integer not null check (postcode4 between 1000 and 9999),
    area_id         bigint not null,
    primary key (organisation_id, postcode4),
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete cascade
);
