-- Opinion maps: one row per component of type "opinion-map", with the choices staff made.
create table opinion_map (
    organisation_id bigint not null,
    component_id    bigint not null,
    audience        text not null default 'accounts' check (audience in ('accounts', 'panel', 'anyone')),
    premoderation   boolean not null default true,
    last_error      text,
    last_error_at   timestamptz,
    primary key (organisation_id, component_id),
    foreign key (organisation_id, component_id) references phase_component (organisation_id, id) on delete cascade
);

-- Someone taking part: an account, or (when anyone may take part) a browser token kept only as a hash,
-- or a participant of an imported Polis conversation (external_id).
create table opinion_participant (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    component_id    bigint not null,
    account_id      bigint,
    token_hash      text,
    external_id     text,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, component_id) references opinion_map (organisation_id, component_id) on delete cascade,
    unique (organisation_id, component_id, account_id),
    unique (organisation_id, component_id, token_hash),
    unique (organisation_id, component_id, external_id)
);

create table opinion_statement (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    component_id    bigint not null,
    text            text not null,
    status          text not null check (status in ('published', 'pending', 'rejected')),
    origin          text not null check (origin in ('staff', 'participant', 'import')),
    author_id       bigint,
    external_id     text,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, component_id) references opinion_map (organisation_id, component_id) on delete cascade,
    foreign key (organisation_id, author_id) references opinion_participant (organisation_id, id) on delete set null (author_id),
    unique (organisation_id, request_key),
    unique (organisation_id, component_id, external_id)
);
create index opinion_statement_component on opinion_statement (organisation_id, component_id, status);

-- One vote per participant and statement: a new vote replaces the old one (the latest counts).
create table opinion_vote (
    organisation_id bigint not null,
    participant_id  bigint not null,
    statement_id    bigint not null,
    component_id    bigint not null,
    vote            smallint not null check (vote in (-1, 0, 1)),
    voted_at        timestamptz not null default now(),
    primary key (organisation_id, participant_id, statement_id),
    foreign key (organisation_id, participant_id) references opinion_participant (organisation_id, id) on delete cascade,
    foreign key (organisation_id, statement_id) references opinion_statement (organisation_id, id) on delete cascade
);
create index opinion_vote_component on opinion_vote (organisation_id, component_id, voted_at);

-- The last computed map: the summary (groups, representative and consensus statements, counts) as JSON,
-- positions per participant in their own table so a page reads only its own row.
create table opinion_map_result (
    organisation_id bigint not null,
    component_id    bigint not null,
    computed_at     timestamptz not null,
    summary         jsonb not null,
    primary key (organisation_id, component_id),
    foreign key (organisation_id, component_id) references opinion_map (organisation_id, component_id) on delete cascade
);

create table opinion_position (
    organisation_id bigint not null,
    component_id    bigint not null,
    participant_id  bigint not null,
    x               real not null,
    y               real not null,
    group_no        smallint not null,
    primary key (organisation_id, component_id, participant_id),
    foreign key (organisation_id, component_id) references opinion_map (organisation_id, component_id) on delete cascade
);
