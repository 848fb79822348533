-- Decisions on a project: what was decided, by whom and when, and the residents' input it used or set aside.
create table decision (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    -- A published project keeps its address, so links to the decision stay valid.
    project_slug    text not null,
    title           text not null,
    description     text not null default '',
    decided_by      text not null,
    decided_on      date not null,
    recorded_by     bigint,
    recorded_at     timestamptz not null default now(),
    request_key     uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade,
    unique (organisation_id, request_key)
);
create index decision_project on decision (organisation_id, project_id, decided_on);

-- One linked input, as it was when the decision was recorded (title and page), with the verdict and why.
create table decision_input (
    organisation_id bigint not null,
    decision_id     bigint not null,
    input_kind      text not null,
    input_id        bigint not null,
    title           text not null,
    path            text not null,
    verdict         text not null check (verdict in ('USED', 'SET_ASIDE')),
    reason          text not null,
    position        integer not null,
    primary key (organisation_id, decision_id, input_kind, input_id),
    foreign key (organisation_id, decision_id) references decision (organisation_id, id) on delete cascade
);
-- "Which decisions touched this idea?"
create index decision_input_input on decision_input (organisation_id, input_kind, input_id);
