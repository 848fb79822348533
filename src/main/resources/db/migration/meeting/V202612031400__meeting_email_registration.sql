-- Registration by e-mail only, where the organiser allows it: no account, a confirmation link instead.
alter table meeting add column email_registration boolean not null default false;

-- A registration without an account is known by its e-mail address: one live registration per address.
alter table meeting_registration alter column account_id drop not null;
create unique index meeting_registration_live_email on meeting_registration (organisation_id, meeting_id, lower(email))
    where account_id is null and status <> 'CANCELLED';

-- A request waits here until its confirmation link is used; only then does it take a place. Asking again
-- for the same address renews the request and its link rather than adding one.
create table meeting_email_request (
    organisation_id bigint not null,
    id              bigint generated always as identity,
    meeting_id      bigint not null,
    name            text not null,
    email           text not null,
    answers         jsonb not null default '{}',
    locale          text not null default 'nl',
    site_url        text not null,
    token           uuid not null default gen_random_uuid(),
    requested_at    timestamptz not null default now(),
    registration_id bigint,
    primary key (organisation_id, id),
    unique (token),
    foreign key (organisation_id, meeting_id) references meeting (organisation_id, id) on delete cascade,
    foreign key (organisation_id, registration_id) references meeting_registration (organisation_id, id)
        on delete cascade
);
create unique index meeting_email_request_open on meeting_email_request (organisation_id, meeting_id, lower(email))
    where registration_id is null;
