-- Shared documents (first use: a village vision): sections edited by a writing group, numbered
-- versions residents read and comment on per paragraph, suggestions of new wording, and changes
-- with who made them.
create table document (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    title           text not null,
    introduction    text not null default '',
    -- The last version made; 0 while only the draft exists.
    latest_version  integer not null default 0,
    -- The final version, once published as page and PDF.
    final_version   integer,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);

-- The draft: what the writing group edits. Each section has its own version, so two writers saving
-- the same section at once are detected instead of one overwriting the other.
create table document_section (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    document_id     bigint not null,
    position        integer not null,
    heading         text not null,
    body            text not null default '',
    version         integer not null default 0,
    primary key (organisation_id, id),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade
);
create index document_section_order on document_section (organisation_id, document_id, position);

create table document_writer (
    organisation_id bigint not null,
    document_id     bigint not null,
    account_id      bigint not null,
    -- Kept here so the document never reads the identity module's tables.
    name            text not null,
    email           text not null,
    added_at        timestamptz not null default now(),
    primary key (organisation_id, document_id, account_id),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);

create table document_version (
    organisation_id bigint not null,
    document_id     bigint not null,
    number          integer not null,
    note            text not null default '',
    made_by         text not null,
    made_at         timestamptz not null default now(),
    primary key (organisation_id, document_id, number),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade
);

-- A version's text, frozen: what residents read, comment on and compare.
create table document_version_section (
    organisation_id bigint not null,
    document_id     bigint not null,
    number          integer not null,
    section_id      bigint not null,
    position        integer not null,
    heading         text not null,
    body            text not null,
    primary key (organisation_id, document_id, number, section_id),
    foreign key (organisation_id, document_id, number) references document_version (organisation_id, document_id, number) on delete cascade
);

-- Who changed what in the draft; a change belongs to the version it first appears in.
create table document_change (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    document_id     bigint not null,
    section_id      bigint not null,
    section_heading text not null,
    changed_by      text not null,
    changed_at      timestamptz not null default now(),
    kind            text not null check (kind in ('ADDED', 'EDITED', 'SUGGESTION_ACCEPTED')),
    in_version      integer,
    primary key (organisation_id, id),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade
);
create index document_change_version on document_change (organisation_id, document_id, in_version);

create table document_comment (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    document_id     bigint not null,
    version_number  integer not null,
    section_id      bigint not null,
    paragraph       integer not null,
    account_id      bigint not null,
    author_name     text not null,
    text            text not null,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index document_comment_place on document_comment (organisation_id, document_id, version_number, section_id);

create table document_suggestion (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    document_id     bigint not null,
    version_number  integer not null,
    section_id      bigint not null,
    paragraph       integer not null,
    original        text not null,
    proposed        text not null,
    account_id      bigint not null,
    author_name     text not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    reason          text not null default '',
    decided_by      text,
    decided_at      timestamptz,
    request_key     uuid,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, document_id) references document (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index document_suggestion_status on document_suggestion (organisation_id, document_id, status);
