-- CloudFront trust stores (the CA bundles viewer mTLS checks client certificates against): where
-- the bundle lives in S3, as XML, and the ETag.
create table cloudfront_trust_store (
    id            varchar(64)  primary key,
    account       varchar(12)  not null,
    name          varchar(128) not null,
    source_xml    text         not null,
    etag          varchar(32)  not null,
    last_modified timestamp with time zone not null
);
create unique index ux_cloudfront_trust_store_name on cloudfront_trust_store (account, name);
