-- Transit gateways, their VPC attachments (one subnet and one service-owned ENI per zone; at most one
-- route table association) and route tables (propagating attachments, static routes). Propagated
-- routes are derived from the attached VPCs' CIDRs when read.
create table transit_gateway (
    id                                varchar(32)  primary key,
    account                           varchar(12)  not null,
    region                            varchar(32)  not null,
    description                       varchar(255),
    amazon_side_asn                   bigint       not null,
    auto_accept_shared_attachments    boolean      not null,
    default_route_table_association   boolean      not null,
    default_route_table_propagation   boolean      not null,
    vpn_ecmp_support                  boolean      not null,
    dns_support                       boolean      not null,
    multicast_support                 boolean      not null,
    association_default_route_table_id varchar(32),
    propagation_default_route_table_id varchar(32),
    created_at                        timestamp with time zone not null
);
create index ix_transit_gateway_scope on transit_gateway (account, region);

create table transit_gateway_attachment (
    id                  varchar(40) primary key,
    account             varchar(12) not null,
    region              varchar(32) not null,
    transit_gateway_id  varchar(32) not null references transit_gateway (id) on delete cascade,
    vpc_id              varchar(32) not null,
    dns_support         boolean     not null,
    ipv6_support        boolean     not null,
    appliance_mode      boolean     not null,
    route_table_id      varchar(40),
    created_at          timestamp with time zone not null
);
create index ix_tgw_attachment_scope on transit_gateway_attachment (account, region);
create index ix_tgw_attachment_tgw on transit_gateway_attachment (transit_gateway_id);

create table transit_gateway_attachment_subnet (
    attachment_id        varchar(40) not null references transit_gateway_attachment (id) on delete cascade,
    subnet_id            varchar(32) not null,
    network_interface_id varchar(32) not null,
    availability_zone    varchar(32) not null,
    primary key (attachment_id, subnet_id)
);

create table transit_gateway_route_table (
    id                 varchar(40) primary key,
    account            varchar(12) not null,
    region             varchar(32) not null,
    transit_gateway_id varchar(32) not null references transit_gateway (id) on delete cascade,
    created_at         timestamp with time zone not null
);
create index ix_tgw_route_table_tgw on transit_gateway_route_table (transit_gateway_id);

create table transit_gateway_propagation (
    route_table_id varchar(40) not null references transit_gateway_route_table (id) on delete cascade,
    attachment_id  varchar(40) not null,
    primary key (route_table_id, attachment_id)
);

create table transit_gateway_static_route (
    route_table_id   varchar(40) not null references transit_gateway_route_table (id) on delete cascade,
    destination_cidr varchar(43) not null,
    attachment_id    varchar(40),
    primary key (route_table_id, destination_cidr)
);
