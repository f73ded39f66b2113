-- Distribution tenants of multi-tenant distributions: their domains (lower case, one per line, kept
-- unique against every distribution's aliases and every other tenant's domains), customizations,
-- parameter values (JSON) and managed certificate request (XML), their connection group, state and ETag.
-- The services refuse to delete a distribution or connection group tenants use; the cascades serve
-- /api/reset, which deletes table by table.
create table cloudfront_distribution_tenant (
    id                  varchar(64)  primary key,
    account             varchar(12)  not null,
    name                varchar(128) not null,
    distribution_id     varchar(32)  not null references distribution (id) on delete cascade,
    domains             text         not null,
    customizations_xml  text,
    parameters_json     text,
    certificate_xml     text,
    certificate_arn     varchar(255),
    connection_group_id varchar(64)  not null references cloudfront_connection_group (id) on delete cascade,
    enabled             boolean      not null,
    etag                varchar(32)  not null,
    created             timestamp with time zone not null,
    last_modified       timestamp with time zone not null,
    deploys_at          timestamp with time zone
);
create unique index ux_cloudfront_distribution_tenant_name on cloudfront_distribution_tenant (account, name);
create index ix_cloudfront_distribution_tenant_distribution on cloudfront_distribution_tenant (distribution_id);

-- The connection group CloudFront makes for an account's tenants that name none.
alter table cloudfront_connection_group add column is_default boolean default false not null;

-- A tenant's invalidations are of its multi-tenant distribution's cache, for that tenant only.
alter table cloudfront_invalidation add column tenant_id varchar(64) references cloudfront_distribution_tenant (id) on delete cascade;
