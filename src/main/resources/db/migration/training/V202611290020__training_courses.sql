-- The organisation's training programme for its staff: courses of modules (text, video link,
-- assignment) and sessions (meetings for staff only), enrolments and completed modules.
create table training_course (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    title           text not null,
    description     text not null default '',
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);

create table training_module (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    course_id       bigint not null,
    position        integer not null,
    title           text not null,
    kind            text not null check (kind in ('TEXT', 'VIDEO', 'ASSIGNMENT')),
    body            text not null default '',
    video_url       text not null default '',
    primary key (organisation_id, id),
    foreign key (organisation_id, course_id) references training_course (organisation_id, id) on delete cascade
);
create index training_module_order on training_module (organisation_id, course_id, position);

create table training_session (
    organisation_id bigint not null,
    course_id       bigint not null,
    meeting_id      bigint not null,
    primary key (organisation_id, course_id, meeting_id),
    foreign key (organisation_id, course_id) references training_course (organisation_id, id) on delete cascade,
    foreign key (organisation_id, meeting_id) references meeting (organisation_id, id) on delete cascade
);

create table training_enrolment (
    organisation_id bigint not null,
    course_id       bigint not null,
    account_id      bigint not null,
    -- Kept here so the training module never reads the identity module's tables.
    name            text not null,
    email           text not null,
    enrolled_at     timestamptz not null default now(),
    reminded_at     timestamptz,
    primary key (organisation_id, course_id, account_id),
    foreign key (organisation_id, course_id) references training_course (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);

create table training_completion (
    organisation_id bigint not null,
    module_id       bigint not null,
    account_id      bigint not null,
    completed_at    timestamptz not null default now(),
    primary key (organisation_id, module_id, account_id),
    foreign key (organisation_id, module_id) references training_module (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
