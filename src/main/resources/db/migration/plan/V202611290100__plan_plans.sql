-- Participation plans: one per project, written section by section by several staff members.
-- Each section carries its own version, so two people editing different sections never collide.
create table participation_plan (
    organisation_id    bigint not null,
    project_id         bigint not null,
    status             text not null default 'DRAFT' check (status in ('DRAFT', 'AGREED')),
    -- The conclusion of "why talk?" that this is communication, not participation.
    communication_only boolean not null default false,
    created_at         timestamptz not null default now(),
    status_changed_at  timestamptz,
    status_changed_by  text not null default '',
    primary key (organisation_id, project_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);

create table plan_section (
    organisation_id bigint not null,
    project_id      bigint not null,
    section_key     text not null,
    body            text not null default '',
    version         integer not null default 0,
    updated_by      text not null default '',
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, project_id, section_key),
    foreign key (organisation_id, project_id) references participation_plan (organisation_id, project_id) on delete cascade
);

-- Every saved text of a section, for "who changed what, when".
create table plan_section_version (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    section_key     text not null,
    version         integer not null,
    body            text not null,
    author_id       bigint,
    author_name     text not null,
    saved_at        timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, project_id) references participation_plan (organisation_id, project_id) on delete cascade
);
create index plan_section_version_plan on plan_section_version (organisation_id, project_id, saved_at desc);

create table plan_comment (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    section_key     text not null,
    author_id       bigint,
    author_name     text not null,
    body            text not null,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, project_id) references participation_plan (organisation_id, project_id) on delete cascade
);
create index plan_comment_section on plan_comment (organisation_id, project_id, section_key, created_at);

-- "How?": methods per phase on two axes; phase and component are ids of the project module and may
-- disappear there, so they are checked on entry and shown as "removed" when gone.
create table plan_method (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    phase_id        bigint,
    component_id    bigint,
    name            text not null,
    in_person       boolean not null,
    same_time       boolean not null,
    request_key     uuid,
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, project_id) references participation_plan (organisation_id, project_id) on delete cascade
);

-- The organisation's template: new plans start with these texts.
create table plan_template (
    organisation_id bigint not null references organisation (id) on delete cascade,
    section_key     text not null,
    body            text not null default '',
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, section_key)
);
