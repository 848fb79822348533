-- Ideas residents submit in an ideas component, their supports (one per account), status history and photo.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

create table idea (
    organisation_id    bigint not null references organisation (id) on delete cascade,
    id                 bigint generated always as identity,
    component_id       bigint not null,
    project_id         bigint not null,
    title              text not null,
    description        text not null,
    author_account_id  bigint,
    author_name        text not null,
    status             text not null default 'SUBMITTED'
        check (status in ('SUBMITTED', 'UNDER_REVIEW', 'FEASIBLE', 'NOT_FEASIBLE', 'PLANNED', 'DONE')),
    status_explanation text not null default '',
    support_count      integer not null default 0,
    latitude           double precision,
    longitude          double precision,
    address            text not null default '',
    merged_into_id     bigint,
    created_at         timestamptz not null default now(),
    request_key        uuid,
    version            integer not null default 0,
    search             tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')) stored,
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, component_id) references phase_component (organisation_id, id) on delete cascade,
    foreign key (organisation_id, merged_into_id) references idea (organisation_id, id) on delete set null (merged_into_id),
    check ((latitude is null) = (longitude is null))
);
create index idea_component on idea (organisation_id, component_id, created_at desc);
create index idea_supported on idea (organisation_id, component_id, support_count desc, created_at desc);
create index idea_search on idea using gin (search);
create index idea_title_trgm on idea using gin (title gin_trgm_ops);

create table idea_support (
    organisation_id bigint not null,
    idea_id         bigint not null,
    account_id      bigint not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, idea_id, account_id),
    foreign key (organisation_id, idea_id) references idea (organisation_id, id) on delete cascade
);
create index idea_support_account on idea_support (organisation_id, account_id);

create table idea_status_change (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    idea_id         bigint not null,
    status          text not null,
    explanation     text not null,
    changed_by      text not null,
    changed_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, idea_id) references idea (organisation_id, id) on delete cascade
);
create index idea_status_change_idea on idea_status_change (organisation_id, idea_id, changed_at);

create table idea_photo (
    organisation_id bigint not null,
    idea_id         bigint not null,
    content_type    text not null,
    content         bytea not null,
    alt             text not null,
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, idea_id),
    foreign key (organisation_id, idea_id) references idea (organisation_id, id) on delete cascade
);
