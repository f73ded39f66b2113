-- Route 53 health checks: the configuration as a JSON document, its version, and the status a
-- simulation forces (null: the probed or default status applies).
create table route53_health_check (
    id                varchar(36)  primary key,
    account           varchar(12)  not null,
    caller_reference  varchar(64)  not null,
    type              varchar(32)  not null,
    version           bigint       not null,
    config            text         not null,
    status_override   boolean,
    created_at        timestamp with time zone not null,
    constraint uq_route53_health_check_reference unique (account, caller_reference)
);

-- tags of hosted zones and health checks (ChangeTagsForResource), per resource type and id
create table route53_tag (
    resource_type  varchar(16)  not null,
    resource_id    varchar(64)  not null,
    account        varchar(12)  not null,
    tag_key        varchar(128) not null,
    tag_value      varchar(256) not null,
    primary key (resource_type, resource_id, tag_key)
);
