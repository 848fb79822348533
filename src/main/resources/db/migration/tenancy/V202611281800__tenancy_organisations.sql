-- Organisations (tenants), the hostnames they answer on, and their areas with population figures.
create table organisation (
    id                      bigint generated always as identity primary key,
    slug                    text not null unique,
    name                    text not null,
    contact_email           text not null default '',
    contact_phone           text not null default '',
    contact_address         text not null default '',
    website_url             text not null default '',
    primary_colour          text not null default '#154273',
    privacy_statement       text not null default '',
    accessibility_statement text not null default '',
    demo                    boolean not null default false,
    created_at              timestamptz not null default now(),
    version                 integer not null default 0
);

create table organisation_logo (
    organisation_id bigint primary key references organisation (id) on delete cascade,
    content_type    text not null,
    content         bytea not null,
    updated_at      timestamptz not null default now()
);

create table organisation_host (
    hostname        text primary key,
    organisation_id bigint not null references organisation (id) on delete cascade
);
create index organisation_host_organisation on organisation_host (organisation_id);

-- Population margins per area, in the layout of CBS 'Kerncijfers wijken en buurten':
-- totals by sex and by age band (CBS publishes no cross-table of the two).
create table area (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    code            text not null,
    name            text not null,
    kind            text not null,
    residents       integer not null check (residents >= 0),
    men             integer not null check (men >= 0),
    women           integer not null check (women >= 0),
    age_0_15        integer not null check (age_0_15 >= 0),
    age_15_25       integer not null check (age_15_25 >= 0),
    age_25_45       integer not null check (age_25_45 >= 0),
    age_45_65       integer not null check (age_45_65 >= 0),
    age_65_plus     integer not null check (age_65_plus >= 0),
    primary key (organisation_id, id),
    unique (organisation_id, code)
);
