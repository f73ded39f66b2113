-- Flow logs: configuration only (Netsim records no traffic).
create table flow_log (
    id                       varchar(32)  primary key,
    account                  varchar(12)  not null,
    region                   varchar(32)  not null,
    resource_id              varchar(32)  not null,
    traffic_type             varchar(8)   not null,
    log_destination_type     varchar(32)  not null,
    log_destination          varchar(512),
    log_group_name           varchar(512),
    deliver_logs_permission_arn varchar(512),
    max_aggregation_interval integer      not null,
    log_format               varchar(2048) not null,
    created_at               timestamp with time zone not null
);
create index ix_flow_log_scope on flow_log (account, region);
