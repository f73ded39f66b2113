-- Netsim schema, part 1: VPCs and what comes with them, tags, and the first slices of ELBv2,
-- Route 53 and CloudFront. Regional rows carry (account, region); global services use region 'global'.

create table resource_tag (
    resource_id   varchar(128) not null,
    tag_key       varchar(128) not null,
    tag_value     varchar(256) not null,
    resource_type varchar(64)  not null,
    account       varchar(12)  not null,
    region        varchar(32)  not null,
    primary key (resource_id, tag_key)
);
create index ix_resource_tag_scope on resource_tag (account, region);

create table vpc (
    id                   varchar(32) primary key,
    account              varchar(12) not null,
    region               varchar(32) not null,
    cidr_block           varchar(18) not null,
    state                varchar(16) not null,
    instance_tenancy     varchar(16) not null,
    is_default           boolean     not null,
    dhcp_options_id      varchar(32) not null,
    enable_dns_support   boolean     not null,
    enable_dns_hostnames boolean     not null,
    created_at           timestamp with time zone not null
);
create index ix_vpc_scope on vpc (account, region);

create table vpc_cidr_block (
    association_id varchar(48) primary key,
    vpc_id         varchar(32) not null references vpc (id) on delete cascade,
    cidr_block     varchar(18) not null,
    state          varchar(16) not null,
    primary_block  boolean     not null
);
create index ix_vpc_cidr_block_vpc on vpc_cidr_block (vpc_id);

create table subnet (
    id                       varchar(32) primary key,
    account                  varchar(12) not null,
    region                   varchar(32) not null,
    vpc_id                   varchar(32) not null,
    cidr_block               varchar(18) not null,
    availability_zone        varchar(32) not null,
    availability_zone_id     varchar(32) not null,
    map_public_ip_on_launch  boolean     not null,
    default_for_az           boolean     not null,
    state                    varchar(16) not null,
    used_address_count       integer     not null,
    created_at               timestamp with time zone not null
);
create index ix_subnet_scope on subnet (account, region);
create index ix_subnet_vpc on subnet (vpc_id);

create table route_table (
    id         varchar(32) primary key,
    account    varchar(12) not null,
    region     varchar(32) not null,
    vpc_id     varchar(32) not null,
    created_at timestamp with time zone not null
);
create index ix_route_table_scope on route_table (account, region);
create index ix_route_table_vpc on route_table (vpc_id);

create table route_table_route (
    route_table_id   varchar(32) not null references route_table (id) on delete cascade,
    destination_cidr varchar(43) not null,
    gateway_id       varchar(32),
    origin           varchar(32) not null,
    state            varchar(16) not null,
    primary key (route_table_id, destination_cidr)
);

create table route_table_association (
    association_id varchar(48) primary key,
    route_table_id varchar(32) not null references route_table (id) on delete cascade,
    subnet_id      varchar(32),
    main           boolean     not null,
    state          varchar(16) not null
);
create index ix_route_table_association_table on route_table_association (route_table_id);

create table security_group (
    id          varchar(32)  primary key,
    account     varchar(12)  not null,
    region      varchar(32)  not null,
    vpc_id      varchar(32)  not null,
    group_name  varchar(255) not null,
    description varchar(255) not null,
    created_at  timestamp with time zone not null,
    constraint uq_security_group_name unique (vpc_id, group_name)
);
create index ix_security_group_scope on security_group (account, region);

create table security_group_rule (
    rule_id             varchar(32) primary key,
    group_id            varchar(32) not null references security_group (id) on delete cascade,
    egress              boolean     not null,
    ip_protocol         varchar(16) not null,
    from_port           integer,
    to_port             integer,
    cidr_ipv4           varchar(18),
    cidr_ipv6           varchar(43),
    referenced_group_id varchar(32),
    prefix_list_id      varchar(32),
    description         varchar(255)
);
create index ix_security_group_rule_group on security_group_rule (group_id);

create table network_acl (
    id         varchar(32) primary key,
    account    varchar(12) not null,
    region     varchar(32) not null,
    vpc_id     varchar(32) not null,
    is_default boolean     not null,
    created_at timestamp with time zone not null
);
create index ix_network_acl_scope on network_acl (account, region);

create table network_acl_entry (
    network_acl_id  varchar(32) not null references network_acl (id) on delete cascade,
    rule_number     integer     not null,
    egress          boolean     not null,
    protocol        varchar(8)  not null,
    rule_action     varchar(8)  not null,
    cidr_block      varchar(18),
    ipv6_cidr_block varchar(43),
    port_from       integer,
    port_to         integer,
    icmp_type       integer,
    icmp_code       integer,
    primary key (network_acl_id, rule_number, egress)
);

create table network_acl_association (
    association_id varchar(48) primary key,
    network_acl_id varchar(32) not null references network_acl (id) on delete cascade,
    subnet_id      varchar(32) not null unique
);

create table internet_gateway (
    id               varchar(32) primary key,
    account          varchar(12) not null,
    region           varchar(32) not null,
    attached_vpc_id  varchar(32),
    created_at       timestamp with time zone not null
);
create index ix_internet_gateway_scope on internet_gateway (account, region);

create table target_group (
    arn                          varchar(255) primary key,
    account                      varchar(12)  not null,
    region                       varchar(32)  not null,
    name                         varchar(32)  not null,
    protocol                     varchar(16),
    protocol_version             varchar(16),
    port                         integer,
    vpc_id                       varchar(32),
    target_type                  varchar(16)  not null,
    ip_address_type              varchar(16),
    health_check_protocol        varchar(16),
    health_check_port            varchar(16)  not null,
    health_check_enabled         boolean      not null,
    health_check_path            varchar(1024),
    health_check_interval_seconds integer     not null,
    health_check_timeout_seconds integer      not null,
    healthy_threshold_count      integer      not null,
    unhealthy_threshold_count    integer      not null,
    matcher_http_code            varchar(64),
    matcher_grpc_code            varchar(64),
    created_at                   timestamp with time zone not null,
    constraint uq_target_group_name unique (account, region, name)
);

create table hosted_zone (
    id                varchar(32)  primary key,
    account           varchar(12)  not null,
    name              varchar(1024) not null,
    caller_reference  varchar(128) not null,
    comment           varchar(256),
    private_zone      boolean      not null,
    record_set_count  bigint       not null,
    created_at        timestamp with time zone not null,
    constraint uq_hosted_zone_caller_reference unique (account, caller_reference)
);

create table hosted_zone_name_server (
    zone_id     varchar(32)  not null references hosted_zone (id) on delete cascade,
    position    integer      not null,
    name_server varchar(255) not null,
    primary key (zone_id, position)
);

create table route53_change (
    id           varchar(32) primary key,
    account      varchar(12) not null,
    status       varchar(16) not null,
    submitted_at timestamp with time zone not null,
    comment      varchar(256)
);

create table distribution (
    id               varchar(32)  primary key,
    account          varchar(12)  not null,
    arn              varchar(255) not null,
    status           varchar(16)  not null,
    domain_name      varchar(255) not null,
    etag             varchar(32)  not null,
    last_modified    timestamp with time zone not null,
    config_xml       text         not null
);
create index ix_distribution_account on distribution (account);

-- Scopes whose first-use set-up (the default VPC) has run; a default VPC the user deleted stays deleted.
create table initialized_scope (
    account varchar(12) not null,
    region  varchar(32) not null,
    primary key (account, region)
);
