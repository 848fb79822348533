-- Meetings and workshops: in person or online, with registrations, a waiting list, attendance, a
-- summary afterwards and, for a workshop, a worksheet. A meeting for staff only is a training session.
create table meeting (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    title           text not null,
    description     text not null default '',
    online          boolean not null default false,
    place           text not null default '',
    -- Shown only to people with a place; never in public pages.
    online_link     text not null default '',
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    capacity        integer not null check (capacity > 0),
    -- One registration question per line.
    questions       text not null default '',
    staff_only      boolean not null default false,
    worksheet       boolean not null default false,
    project_id      bigint,
    status          text not null default 'PLANNED' check (status in ('PLANNED', 'CANCELLED')),
    -- iCalendar: one UID for the meeting's whole life; SEQUENCE goes up with every change sent out.
    uid             text not null,
    sequence        integer not null default 0,
    summary         text not null default '',
    summary_published_at timestamptz,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    version         integer not null default 0,
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    check (ends_at > starts_at),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete set null (project_id)
);
create index meeting_starts on meeting (organisation_id, starts_at);

create table meeting_registration (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    meeting_id      bigint not null,
    account_id      bigint not null,
    name            text not null,
    email           text not null,
    status          text not null check (status in ('REGISTERED', 'WAITING', 'CANCELLED')),
    -- Order of arrival, taken under the meeting's row lock: the waiting list moves up in this order.
    arrival         bigint not null,
    answers         jsonb not null default '{}',
    -- The registrant's language and site address, for mails sent later (update, reminder, cancellation).
    locale          text not null default 'nl',
    site_url        text not null,
    cancel_token    uuid not null default gen_random_uuid(),
    attended        boolean,
    reminded_at     timestamptz,
    registered_at   timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (cancel_token),
    foreign key (organisation_id, meeting_id) references meeting (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
-- One live registration per person and meeting; after cancelling one may register again.
create unique index meeting_registration_live on meeting_registration (organisation_id, meeting_id, account_id)
    where status <> 'CANCELLED';
create index meeting_registration_order on meeting_registration (organisation_id, meeting_id, status, arrival);

-- The outcome of a workshop's worksheet, one answer per question (e.g. the participation plan's four).
create table meeting_worksheet_answer (
    organisation_id bigint not null,
    meeting_id      bigint not null,
    question        text not null,
    answer          text not null default '',
    updated_by      text not null,
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, meeting_id, question),
    foreign key (organisation_id, meeting_id) references meeting (organisation_id, id) on delete cascade
);
