-- Moderation of what residents post (discussion contributions, ideas): one row per posted item with
-- its state, the reports on it, the per-project settings, the organisation's word list and the public log.
create table moderation_project (
    organisation_id  bigint not null,
    project_id       bigint not null,
    pre_moderation   boolean not null default false,
    report_threshold integer not null default 3 check (report_threshold between 1 and 100),
    primary key (organisation_id, project_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);

create table moderation_word (
    organisation_id bigint not null references organisation (id) on delete cascade,
    word            text not null,
    primary key (organisation_id, word)
);

create table moderation_item (
    organisation_id     bigint not null references organisation (id) on delete cascade,
    id                  bigint generated always as identity,
    kind                text not null check (kind in ('contribution', 'idea')),
    item_id             bigint not null,
    project_id          bigint not null,
    -- Null once the author deleted their account.
    author_account_id   bigint,
    path                text not null,
    text                text not null,
    -- VISIBLE: shown; PENDING: held before anyone sees it; REPORTED: hidden after reports, pending review;
    -- HIDDEN: a moderator hid it, the reason is shown in its place.
    state               text not null check (state in ('VISIBLE', 'PENDING', 'REPORTED', 'HIDDEN')),
    held_for            text not null default '' check (held_for in ('', 'PRE_MODERATION', 'WORD_LIST', 'REPORTS')),
    reason              text not null default '',
    report_count        integer not null default 0,
    last_reported_at    timestamptz,
    review_requested_at timestamptz,
    review_note         text not null default '',
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    version             integer not null default 0,
    primary key (organisation_id, id),
    unique (organisation_id, kind, item_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);
create index moderation_item_state on moderation_item (organisation_id, state, created_at);
create index moderation_item_author on moderation_item (organisation_id, author_account_id, created_at);

create table moderation_report (
    organisation_id bigint not null,
    item_id         bigint not null,
    -- "account:<id>" or "session:<hash>": one report per person per item.
    reporter        text not null,
    reason          text not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, item_id, reporter),
    foreign key (organisation_id, item_id) references moderation_item (organisation_id, id) on delete cascade
);

-- The public log: what was hidden or restored, when and why; never the content itself.
create table moderation_log (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    project_id      bigint not null,
    item_kind       text not null,
    action          text not null check (action in ('HIDDEN', 'REPORTED', 'RESTORED')),
    reason          text not null default '',
    happened_at     timestamptz not null default now(),
    primary key (organisation_id, id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);
create index moderation_log_project on moderation_log (organisation_id, project_id, happened_at desc);
