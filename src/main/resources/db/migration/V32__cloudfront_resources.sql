-- CloudFront's config documents besides distributions (cache, origin request and response headers
-- policies, origin access controls and identities, key groups, public keys, field-level encryption,
-- continuous deployment policies): the document as XML with its ETag. unique_key is what the kind
-- keeps unique per account (its Name or its CallerReference).
create table cloudfront_resource (
    kind          varchar(48)  not null,
    id            varchar(64)  not null,
    account       varchar(12)  not null,
    unique_key    varchar(255),
    etag          varchar(32)  not null,
    created       timestamp with time zone not null,
    last_modified timestamp with time zone not null,
    config_xml    text         not null,
    primary key (kind, id)
);
create index ix_cloudfront_resource_account on cloudfront_resource (account, kind);
create unique index ux_cloudfront_resource_key on cloudfront_resource (account, kind, unique_key);
insert into allocation_lock (name) values ('cloudfront-references');
