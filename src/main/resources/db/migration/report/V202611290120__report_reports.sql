-- Participation reports (participatieverslag): generated per project from the components' figures,
-- edited by staff section by section, then published as a page and a PDF.
create table participation_report (
    organisation_id bigint not null,
    project_id      bigint not null,
    status          text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    -- Takes part counted per component: one person in two components counts twice.
    participants    bigint not null default 0,
    inputs          bigint not null default 0,
    population      bigint not null default 0,
    generated_at    timestamptz not null default now(),
    generated_by    text not null default '',
    published_at    timestamptz,
    primary key (organisation_id, project_id),
    foreign key (organisation_id, project_id) references project (organisation_id, id) on delete cascade
);
create index participation_report_published on participation_report (organisation_id, status, published_at desc);

create table report_section (
    organisation_id bigint not null,
    project_id      bigint not null,
    section_key     text not null,
    body            text not null default '',
    -- Edited by staff: generating again keeps this text instead of replacing it.
    edited          boolean not null default false,
    version         integer not null default 0,
    updated_by      text not null default '',
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, project_id, section_key),
    foreign key (organisation_id, project_id) references participation_report (organisation_id, project_id) on delete cascade
);

-- The figures behind the report, one row per group of a breakdown, for its tables, the CSV and the API.
create table report_figure (
    organisation_id bigint not null,
    project_id      bigint not null,
    dimension       text not null check (dimension in ('CHANNEL', 'AREA', 'METHOD', 'COMPONENT', 'MONTH')),
    position        integer not null,
    label           text not null,
    participants    bigint not null,
    inputs          bigint,
    population      bigint,
    primary key (organisation_id, project_id, dimension, position),
    foreign key (organisation_id, project_id) references participation_report (organisation_id, project_id) on delete cascade
);
