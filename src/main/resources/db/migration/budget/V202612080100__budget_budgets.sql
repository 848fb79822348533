-- A participatory budget: one row per component of type "budget", with the choices staff made. Money is in
-- whole euros, as residents see it and as the Add1 completion raises a voter's share.
create table budget (
    organisation_id bigint not null,
    component_id    bigint not null,
    amount          bigint not null default 0 check (amount >= 0),
    ballot_kind     text not null default 'knapsack'
        check (ballot_kind in ('approval', 'approval-max', 'knapsack', 'points')),
    max_choices     integer not null default 3 check (max_choices > 0),
    points          integer not null default 10 check (points > 0),
    area_id         bigint,
    rule            text not null default 'mes' check (rule in ('greedy', 'mes', 'mes-fill')),
    closed_at       timestamptz,
    counted_at      timestamptz,
    per_voter       bigint,
    published_at    timestamptz,
    primary key (organisation_id, component_id),
    foreign key (organisation_id, component_id) references phase_component (organisation_id, id) on delete cascade,
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete set null (area_id)
);

-- What residents can fund. An idea taken over keeps its id here (the idea page links back through IdeaFollowUp).
create table budget_project (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    component_id    bigint not null,
    title           text not null,
    description     text not null default '',
    cost            bigint not null check (cost > 0),
    area_id         bigint,
    idea_id         bigint,
    external_id     text,
    position        integer not null default 0,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, component_id) references budget (organisation_id, component_id) on delete cascade,
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete set null (area_id),
    unique (organisation_id, component_id, idea_id),
    unique (organisation_id, component_id, external_id)
);

-- One ballot per person and budget, by voter key (account, panel member, letter code, or a voter of an imported
-- .pb file). A new ballot replaces the old one until the vote closes: the last one counts.
create table budget_ballot (
    organisation_id bigint not null,
    component_id    bigint not null,
    voter_key       text not null,
    account_id      bigint,
    channel         text not null default 'ONLINE' check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON', 'IMPORT')),
    entered_by      bigint,
    cast_at         timestamptz not null default now(),
    changes         integer not null default 0,
    primary key (organisation_id, component_id, voter_key),
    foreign key (organisation_id, component_id) references budget (organisation_id, component_id) on delete cascade
);

create table budget_choice (
    organisation_id bigint not null,
    component_id    bigint not null,
    voter_key       text not null,
    project_id      bigint not null,
    points          integer not null default 1 check (points > 0),
    primary key (organisation_id, component_id, voter_key, project_id),
    foreign key (organisation_id, component_id, voter_key)
        references budget_ballot (organisation_id, component_id, voter_key) on delete cascade,
    foreign key (organisation_id, project_id) references budget_project (organisation_id, id) on delete cascade
);

-- The count of a closed budget, per project, with the figures the results page puts into words.
create table budget_verdict (
    organisation_id bigint not null,
    component_id    bigint not null,
    project_id      bigint not null,
    selected        boolean not null,
    reason          text not null,
    round           integer not null,
    votes           bigint not null,
    supporters      bigint not null,
    payers          bigint not null,
    spent_out       bigint not null,
    amount          numeric(20, 2) not null,
    primary key (organisation_id, component_id, project_id),
    foreign key (organisation_id, component_id) references budget (organisation_id, component_id) on delete cascade,
    foreign key (organisation_id, project_id) references budget_project (organisation_id, id) on delete cascade
);
