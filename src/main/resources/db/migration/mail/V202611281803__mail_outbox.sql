-- Every mail is written here first, in the transaction of the change that causes it, and sent later
-- with retries, so an SMTP outage loses nothing.
create table mail_outbox (
    organisation_id bigint not null references organisation (id) on delete cascade,
    id              bigint generated always as identity,
    recipient       text not null,
    subject         text not null,
    body            text not null,
    status          text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    primary key (organisation_id, id)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
