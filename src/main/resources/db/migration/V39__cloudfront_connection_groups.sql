-- CloudFront connection groups: how viewers reach multi-tenant distributions (a routing endpoint,
-- IPv6, an optional Anycast IP list), with their ETag.
create table cloudfront_connection_group (
    id                 varchar(64)  primary key,
    account            varchar(12)  not null,
    name               varchar(128) not null,
    ipv6_enabled       boolean      not null,
    enabled            boolean      not null,
    anycast_ip_list_id varchar(64),
    routing_endpoint   varchar(255) not null,
    etag               varchar(32)  not null,
    created            timestamp with time zone not null,
    last_modified      timestamp with time zone not null
);
create unique index ux_cloudfront_connection_group_name on cloudfront_connection_group (account, name);
