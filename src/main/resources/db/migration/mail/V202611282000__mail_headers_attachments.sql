-- Extra headers (e.g. List-Unsubscribe) and attachments (e.g. an iCalendar invitation) travel with the
-- mail through the outbox, so a retried mail is the same mail.
alter table mail_outbox add column headers jsonb not null default '{}';

create table mail_attachment (
    organisation_id bigint not null,
    mail_id         bigint not null,
    position        integer not null,
    filename        text not null,
    content_type    text not null,
    content         bytea not null,
    primary key (organisation_id, mail_id, position),
    foreign key (organisation_id, mail_id) references mail_outbox (organisation_id, id) on delete cascade
);
