-- Projects (participation processes), their phases with ladder level and room for influence,
-- the components residents take part in within a phase, and the organisation's themes.
create table theme (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    name            text not null,
    primary key (organisation_id, id),
    unique (organisation_id, name)
);

create table project (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    slug            text not null,
    title           text not null,
    summary         text not null default '',
    body            text not null default '',
    image_alt       text not null default '',
    contact_name    text not null default '',
    contact_email   text not null default '',
    -- Stored status; a PLANNED project counts as ACTIVE once its first phase has started (see Projects).
    status          text not null default 'DRAFT' check (status in ('DRAFT', 'PLANNED', 'ACTIVE', 'CLOSED')),
    -- Repeated submits of the same create form carry the same key and create one project.
    request_key     uuid,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    closed_at       timestamptz,
    version         integer not null default 0,
    primary key (organisation_id, id),
    unique (organisation_id, slug),
    unique (organisation_id, request_key)
);
create index project_status on project (organisation_id, status, created_at desc);

create table project_image (
    organisation_id bigint not null,
    project_id      bigint not null,
    content_type    text not null,
    content         bytea not null,
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, project_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);

create table project_area (
    organisation_id bigint not null,
    project_id      bigint not null,
    area_id         bigint not null,
    primary key (organisation_id, project_id, area_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade,
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete cascade
);
create index project_area_area on project_area (organisation_id, area_id);

create table project_theme (
    organisation_id bigint not null,
    project_id      bigint not null,
    theme_id        bigint not null,
    primary key (organisation_id, project_id, theme_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade,
    foreign key (organisation_id, theme_id) references theme (organisation_id, id) on delete cascade
);
create index project_theme_theme on project_theme (organisation_id, theme_id);

create table phase (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    name            text not null,
    description     text not null default '',
    ladder_level    text not null check (ladder_level in ('INFORM', 'CONSULT', 'ADVISE', 'CO_PRODUCE', 'CO_DECIDE')),
    starts_on       date not null,
    ends_on         date not null,
    fixed           text not null default '',
    open            text not null default '',
    who_decides     text not null default '',
    request_key     uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade,
    unique (organisation_id, request_key),
    check (ends_on >= starts_on)
);
create index phase_project on phase (organisation_id, project_id, starts_on);

create table phase_component (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    phase_id        bigint not null,
    type_key        text not null,
    title           text not null,
    settings        jsonb not null default '{}',
    position        integer not null default 0,
    request_key     uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, phase_id) references phase (organisation_id, id) on delete cascade,
    unique (organisation_id, request_key)
);
create index phase_component_phase on phase_component (organisation_id, phase_id, position);
