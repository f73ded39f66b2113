-- CloudFront Anycast static IP lists and the addresses they hold: an address belongs to one list at
-- most (its primary key), so none is handed out twice.
create table cloudfront_anycast_ip_list (
    id            varchar(64)  primary key,
    account       varchar(12)  not null,
    name          varchar(64)  not null,
    ip_count      integer      not null,
    etag          varchar(32)  not null,
    last_modified timestamp with time zone not null
);
create unique index ux_cloudfront_anycast_ip_list_name on cloudfront_anycast_ip_list (account, name);

create table cloudfront_anycast_ip (
    address varchar(45) primary key,
    list_id varchar(64) not null references cloudfront_anycast_ip_list (id) on delete cascade
);
create index ix_cloudfront_anycast_ip_list on cloudfront_anycast_ip (list_id);
