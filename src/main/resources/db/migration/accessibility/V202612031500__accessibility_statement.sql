-- The accessibility statement in the format of the Dutch government's register: who approved it, the
-- evaluations done and the known issues with their planned fixes. The status (A-E) follows from these.
create table accessibility_approval (
    organisation_id bigint primary key references organisation (id) on delete cascade,
    -- The function of the official who approved the statement ("burgemeester", "gemeentesecretaris").
    approved_by     text not null,
    approved_on     date not null,
    updated_at      timestamptz not null default now()
);

create table accessibility_evaluation (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    evaluated_on    date not null,
    evaluator       text not null,
    method          text not null check (method in ('EXPERT', 'AUTOMATED', 'OWN')),
    -- FULL: all success criteria of WCAG 2.1 AA were checked on a sample of pages (WCAG-EM).
    full_scope      boolean not null,
    result          text not null default '',
    report_url      text not null default '',
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);

create table accessibility_issue (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    criterion       text not null,
    description     text not null,
    cause           text not null default '',
    consequence     text not null default '',
    measure         text not null default '',
    planned_fix     date,
    fixed_on        date,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);
