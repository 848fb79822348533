-- What staff did, when, in which organisation. Organisation admins read it; nobody edits it.
create table audit_entry (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    occurred_at     timestamptz not null default now(),
    actor_id        bigint,
    actor_name      text not null,
    action          text not null,
    subject         text not null default '',
    details         text not null default '',
    primary key (organisation_id, id)
);
create index audit_entry_time on audit_entry (organisation_id, occurred_at desc);
