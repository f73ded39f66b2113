-- Connection functions share CloudFront Functions' lifecycle, so both kinds live in one table:
-- kind is the resource type of the function's ARN ('function' or 'connection-function'), id the
-- part of the ARN after it (a viewer function's name, a connection function's own id).
create table cloudfront_function_stage (
    kind          varchar(24)  not null,
    account       varchar(12)  not null,
    name          varchar(64)  not null,
    stage         varchar(16)  not null,
    id            varchar(64)  not null,
    etag          varchar(32)  not null,
    created       timestamp with time zone not null,
    last_modified timestamp with time zone not null,
    config_xml    text         not null,
    code          text         not null,
    primary key (kind, account, name, stage)
);
create index ix_cloudfront_function_stage_id on cloudfront_function_stage (kind, account, id);

insert into cloudfront_function_stage (kind, account, name, stage, id, etag, created, last_modified, config_xml, code)
    select 'function', account, name, stage, name, etag, created, last_modified, config_xml, code from cloudfront_function;

drop table cloudfront_function;
