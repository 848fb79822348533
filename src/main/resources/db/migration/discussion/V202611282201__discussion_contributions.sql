-- Contributions to a discussion component (one level of replies) and "I agree" marks, one per account.
create table discussion_contribution (
    organisation_id   bigint not null references organisation (id) on delete cascade,
    id                bigint generated always as identity,
    component_id      bigint not null,
    project_id        bigint not null,
    parent_id         bigint,
    -- Null once the author deleted their account; the name is then emptied too.
    author_account_id bigint,
    author_name       text not null,
    area_id           bigint,
    body              text not null,
    official          boolean not null default false,
    agree_count       integer not null default 0,
    created_at        timestamptz not null default now(),
    edited_at         timestamptz,
    request_key       uuid,
    search            tsvector generated always as (to_tsvector('dutch', body)) stored,
    primary key (organisation_id, id),
    unique (organisation_id, request_key),
    foreign key (organisation_id, component_id) references phase_component (organisation_id, id) on delete cascade,
    foreign key (organisation_id, parent_id) references discussion_contribution (organisation_id, id) on delete cascade,
    foreign key (organisation_id, area_id) references area (organisation_id, id) on delete set null (area_id)
);
create index discussion_contribution_top on discussion_contribution (organisation_id, component_id, created_at desc) where parent_id is null;
create index discussion_contribution_agreed on discussion_contribution (organisation_id, component_id, agree_count desc, created_at desc) where parent_id is null;
create index discussion_contribution_parent on discussion_contribution (organisation_id, parent_id, created_at) where parent_id is not null;
create index discussion_contribution_search on discussion_contribution using gin (search);

create table discussion_agreement (
    organisation_id bigint not null,
    contribution_id bigint not null,
    account_id      bigint not null,
    created_at      timestamptz not null default now(),
    primary key (organisation_id, contribution_id, account_id),
    foreign key (organisation_id, contribution_id) references discussion_contribution (organisation_id, id) on delete cascade
);
