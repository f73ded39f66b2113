-- CloudFront KeyValueStores (the stores CloudFront Functions read): name, id, comment, ETag.
create table cloudfront_key_value_store (
    account       varchar(12)  not null,
    name          varchar(64)  not null,
    id            varchar(64)  not null,
    comment       varchar(128) not null,
    etag          varchar(32)  not null,
    last_modified timestamp with time zone not null,
    primary key (account, name)
);
