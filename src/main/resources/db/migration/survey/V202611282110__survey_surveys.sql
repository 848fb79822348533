-- Surveys and their questions. Questions are never deleted once a survey has responses: they are
-- marked removed, so old responses stay readable.
create table survey (
    organisation_id   bigint not null references organisation (id) on delete cascade,
    id                bigint generated always as identity,
    title             text not null,
    intro             text not null default '',
    closing           text not null default '',
    audience          text not null check (audience in ('PANEL', 'PUBLIC', 'BOTH')),
    anonymous_allowed boolean not null default false,
    opens_at          timestamptz,
    closes_at         timestamptz,
    results_text      text not null default '',
    results_published_at timestamptz,
    created_at        timestamptz not null default now(),
    version           integer not null default 0,
    request_key       uuid,
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);

create table survey_question (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    survey_id       bigint not null,
    page            integer not null check (page between 1 and 50),
    position        integer not null,
    kind            text not null,
    text            text not null,
    help            text not null default '',
    options         text not null default '',
    matrix_rows     text not null default '',
    required        boolean not null default false,
    min_choices     integer,
    max_choices     integer,
    condition_question_id bigint,
    condition_values text not null default '',
    removed         boolean not null default false,
    request_key     uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, survey_id) references survey (organisation_id, id) on delete cascade,
    unique (organisation_id, request_key)
);
create index survey_question_survey on survey_question (organisation_id, survey_id, page, position);

-- One response: the answers (question id -> value) without any link to a person. The respondent's
-- area, sex and age band are kept for weighting and filters. resume_hash lets the one holding the
-- link continue while the response is unfinished; it is cleared when the response is complete.
create table survey_response (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    survey_id       bigint not null,
    channel         text not null check (channel in ('PANEL', 'LINK', 'PAPER')),
    status          text not null check (status in ('STARTED', 'COMPLETE')),
    resume_hash     text,
    page            integer not null default 1,
    answers         jsonb not null default '{}',
    area_id         bigint,
    sex             text check (sex in ('M', 'V', 'X')),
    age_band        text,
    started_at      timestamptz not null default now(),
    completed_at    timestamptz,
    start_key       uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, survey_id) references survey (organisation_id, id) on delete cascade,
    unique (organisation_id, survey_id, start_key)
);
create unique index survey_response_resume on survey_response (resume_hash) where resume_hash is not null;
create index survey_response_survey on survey_response (organisation_id, survey_id, status);

-- Per panel member only "invited / responded", apart from the answers. The link to the unfinished
-- response (response_id) is dropped when it is complete.
create table survey_invitation (
    organisation_id bigint not null,
    survey_id       bigint not null,
    member_id       bigint not null,
    token_hash      text,
    invited_at      timestamptz not null default now(),
    reminded_at     timestamptz,
    responded_at    timestamptz,
    response_id     bigint,
    primary key (organisation_id, survey_id, member_id),
    foreign key (organisation_id, survey_id) references survey (organisation_id, id) on delete cascade
);
create unique index survey_invitation_token on survey_invitation (token_hash) where token_hash is not null;
create index survey_invitation_response on survey_invitation (organisation_id, response_id) where response_id is not null;

-- One response per account on the public link: only whether the account answered, never which response.
create table survey_account (
    organisation_id bigint not null,
    survey_id       bigint not null,
    account_id      bigint not null,
    response_id     bigint,
    completed_at    timestamptz,
    primary key (organisation_id, survey_id, account_id),
    foreign key (organisation_id, survey_id) references survey (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index survey_account_response on survey_account (organisation_id, response_id) where response_id is not null;
