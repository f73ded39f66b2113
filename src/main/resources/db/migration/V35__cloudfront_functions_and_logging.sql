-- CloudFront Functions: each function's DEVELOPMENT stage and, once published, its LIVE stage, with
-- the config as XML and the code.
create table cloudfront_function (
    account       varchar(12)  not null,
    name          varchar(64)  not null,
    stage         varchar(16)  not null,
    etag          varchar(32)  not null,
    created       timestamp with time zone not null,
    last_modified timestamp with time zone not null,
    config_xml    text         not null,
    code          text         not null,
    primary key (account, name, stage)
);

-- Real-time log configurations, by account and name, as XML.
create table cloudfront_realtime_log_config (
    account    varchar(12)  not null,
    name       varchar(128) not null,
    config_xml text         not null,
    primary key (account, name)
);

-- A distribution's monitoring subscription (additional CloudWatch metrics), as XML.
create table cloudfront_monitoring_subscription (
    distribution_id varchar(32) primary key references distribution (id) on delete cascade,
    body_xml        text        not null
);
