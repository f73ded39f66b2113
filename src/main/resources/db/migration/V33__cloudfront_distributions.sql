-- Distributions as CloudFront makes them: the caller reference that makes CreateDistribution
-- idempotent, the moment a change is deployed (InProgress until then), and the aliases they claim.
-- (status is computed from deploys_at, so its column goes)
alter table distribution add column caller_reference varchar(255);
alter table distribution add column deploys_at timestamp with time zone;
alter table distribution add column aliases text;
create unique index ux_distribution_reference on distribution (account, caller_reference);

-- Invalidations of a distribution: the batch as XML, when it was made and when it completes.
create table cloudfront_invalidation (
    id               varchar(32)  primary key,
    distribution_id  varchar(32)  not null references distribution (id) on delete cascade,
    caller_reference varchar(255) not null,
    created          timestamp with time zone not null,
    completes_at     timestamp with time zone not null,
    batch_xml        text         not null
);
create index ix_cloudfront_invalidation_distribution on cloudfront_invalidation (distribution_id, created);

-- Tags of CloudFront resources, by ARN.
create table cloudfront_tag (
    resource_arn varchar(255) not null,
    tag_key      varchar(128) not null,
    tag_value    varchar(256) not null,
    primary key (resource_arn, tag_key)
);
alter table distribution drop column status;
