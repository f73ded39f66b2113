-- Site-to-site VPN, control plane only: customer gateways, virtual private gateways (one VPC each),
-- VPN connections with their tunnels and static routes; route tables that VGWs propagate into.
create table customer_gateway (
    id          varchar(32)  primary key,
    account     varchar(12)  not null,
    region      varchar(32)  not null,
    ip_address  varchar(45)  not null,
    bgp_asn     bigint       not null,
    device_name varchar(255),
    deleted_at  timestamp with time zone,
    created_at  timestamp with time zone not null
);
create index ix_customer_gateway_scope on customer_gateway (account, region);

create table vpn_gateway (
    id                varchar(32) primary key,
    account           varchar(12) not null,
    region            varchar(32) not null,
    availability_zone varchar(32),
    amazon_side_asn   bigint      not null,
    attached_vpc_id   varchar(32),
    created_at        timestamp with time zone not null
);
create index ix_vpn_gateway_scope on vpn_gateway (account, region);

create table vpn_connection (
    id                  varchar(32) primary key,
    account             varchar(12) not null,
    region              varchar(32) not null,
    customer_gateway_id varchar(32) not null,
    vpn_gateway_id      varchar(32) not null,
    static_routes_only  boolean     not null,
    tunnel1_outside_ip  varchar(15) not null,
    tunnel2_outside_ip  varchar(15) not null,
    tunnel1_inside_cidr varchar(18) not null,
    tunnel2_inside_cidr varchar(18) not null,
    tunnel1_psk         varchar(64) not null,
    tunnel2_psk         varchar(64) not null,
    deleted_at          timestamp with time zone,
    created_at          timestamp with time zone not null
);
create index ix_vpn_connection_scope on vpn_connection (account, region);

create table vpn_connection_route (
    vpn_connection_id varchar(32) not null references vpn_connection (id) on delete cascade,
    destination_cidr  varchar(18) not null,
    primary key (vpn_connection_id, destination_cidr)
);

create table route_table_propagating_gateway (
    route_table_id varchar(32) not null references route_table (id) on delete cascade,
    gateway_id     varchar(32) not null,
    primary key (route_table_id, gateway_id)
);
