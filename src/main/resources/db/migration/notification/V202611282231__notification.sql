-- Residents following a project: they hear about its new phases, decisions and newsletters.
create table notification_follow (
    organisation_id bigint not null,
    project_id      bigint not null,
    account_id      bigint not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, project_id, account_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index notification_follow_account on notification_follow (organisation_id, account_id);

-- How a resident wants to hear about each topic; no row means the default (at once).
create table notification_preference (
    organisation_id bigint not null,
    account_id      bigint not null,
    topic           text not null check (topic in ('REPLY', 'IDEA_STATUS', 'NEW_PHASE', 'DECISION', 'NEWSLETTER')),
    delivery        text not null check (delivery in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF')),
    primary key (organisation_id, account_id, topic),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);

-- The area a resident chose to receive newsletters about (accounts themselves have no area).
create table notification_area (
    organisation_id bigint not null,
    account_id      bigint not null,
    area_id         bigint not null,
    primary key (organisation_id, account_id),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade,
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete cascade
);
create index notification_area_area on notification_area (organisation_id, area_id);

-- One notification for one resident, rendered in their language. Sent at once (delivered_at set in
-- the same transaction as the outbox mail) or waiting for the daily or weekly digest.
create table notification_item (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    account_id      bigint not null,
    topic           text not null,
    delivery        text not null check (delivery in ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    subject         text not null,
    text            text not null,
    link            text not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    primary key (organisation_id, id),
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);
create index notification_item_due on notification_item (delivery, created_at) where delivered_at is null;
create index notification_item_account on notification_item (organisation_id, account_id, delivery) where delivered_at is null;

-- One-click unsubscribe links (RFC 8058): a random token per mail; only its hash is stored.
create table notification_unsubscribe (
    token_hash      text primary key,
    organisation_id bigint not null,
    account_id      bigint not null,
    topics          text[] not null,
    created_at      timestamptz not null default now(),
    used_at         timestamptz,
    foreign key (organisation_id, account_id) references account (organisation_id, id) on delete cascade
);

-- Phases whose start followers were told about, so every node tells them once.
create table notification_phase_started (
    organisation_id bigint not null,
    phase_id        bigint not null,
    told_at         timestamptz not null default now(),
    primary key (organisation_id, phase_id),
    foreign key (organisation_id, phase_id) references phase (organisation_id, id) on delete cascade
);

-- Newsletters staff sent; the request key makes a double submit send once.
create table notification_newsletter (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    request_key     uuid not null,
    audience        text not null,
    subject         text not null,
    body            text not null,
    sent_by         bigint,
    sent_at         timestamptz not null default now(),
    recipients      integer not null,
    primary key (organisation_id, id),
    unique (organisation_id, request_key)
);
