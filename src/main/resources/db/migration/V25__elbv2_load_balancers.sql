-- Issue 11: load balancers, listeners, rules and registered targets. Actions, conditions, zones and
-- attributes are small documents read and written whole, so they are JSON text.
create table load_balancer (
    arn                      varchar(255) primary key,
    account                  varchar(12)  not null,
    region                   varchar(32)  not null,
    name                     varchar(32)  not null,
    type                     varchar(16)  not null,
    scheme                   varchar(16)  not null,
    ip_address_type          varchar(32)  not null,
    vpc_id                   varchar(32)  not null,
    dns_name                 varchar(255) not null,
    canonical_hosted_zone_id varchar(32)  not null,
    zones                    text         not null,
    security_groups          text         not null,
    attributes               text         not null,
    minimum_capacity_units   integer,
    created_at               timestamp with time zone not null,
    constraint uq_load_balancer_name unique (account, region, name)
);

create table listener (
    arn                varchar(255) primary key,
    account            varchar(12)  not null,
    region             varchar(32)  not null,
    load_balancer_arn  varchar(255) not null references load_balancer (arn) on delete cascade,
    port               integer,
    protocol           varchar(16),
    ssl_policy         varchar(64),
    certificates       text         not null,
    alpn_policy        varchar(64),
    default_rule_arn   varchar(255) not null,
    default_actions    text         not null,
    attributes         text         not null,
    constraint uq_listener_port unique (load_balancer_arn, port)
);

create table listener_rule (
    arn           varchar(255) primary key,
    account       varchar(12)  not null,
    region        varchar(32)  not null,
    listener_arn  varchar(255) not null references listener (arn) on delete cascade,
    priority      integer      not null,
    conditions    text         not null,
    actions       text         not null,
    constraint uq_rule_priority unique (listener_arn, priority)
);

create table registered_target (
    target_group_arn   varchar(255) not null references target_group (arn) on delete cascade,
    target_id          varchar(255) not null,
    port               integer      not null,
    account            varchar(12)  not null,
    region             varchar(32)  not null,
    availability_zone  varchar(32)  not null,
    registered_at      timestamp with time zone not null,
    deregistered_at    timestamp with time zone,
    health_state       varchar(16),
    health_reason      varchar(64),
    primary key (target_group_arn, target_id, port)
);

alter table target_group add column attributes text;

-- the service that asked for a managed interface (amazon-elb for load balancer nodes); null for the caller's own
alter table network_interface add column requester_id varchar(32);
