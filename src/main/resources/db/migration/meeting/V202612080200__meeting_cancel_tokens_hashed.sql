-- Cancel links: every mail gets a token of its own and only its hash is stored, as with every other personal link.
-- The links in mails already sent keep working: their tokens are hashed here and the clear ones dropped.
create table meeting_cancel_token (
    organisation_id bigint not null,
    token_hash      text not null,
    registration_id bigint not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, token_hash),
    foreign key (organisation_id, registration_id) references meeting_registration (organisation_id, id) on delete cascade
);
insert into meeting_cancel_token (organisation_id, token_hash, registration_id)
select organisation_id, encode(sha256(convert_to(cancel_token::text, 'UTF8')), 'hex'), id from meeting_registration;
alter table meeting_registration drop column cancel_token;
