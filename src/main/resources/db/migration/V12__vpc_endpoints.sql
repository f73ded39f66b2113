-- VPC endpoints. A gateway endpoint's route tables are the tables with a route to it (derived);
-- an interface endpoint owns one network interface per subnet.
create table vpc_endpoint (
    id                  varchar(32)  primary key,
    account             varchar(12)  not null,
    region              varchar(32)  not null,
    vpc_id              varchar(32)  not null,
    endpoint_type       varchar(32)  not null,
    service_name        varchar(255) not null,
    policy_document     varchar(20480),
    private_dns_enabled boolean      not null,
    client_token        varchar(64),
    created_at          timestamp with time zone not null
);
create index ix_vpc_endpoint_scope on vpc_endpoint (account, region);
create index ix_vpc_endpoint_vpc on vpc_endpoint (vpc_id);

create table vpc_endpoint_interface (
    vpc_endpoint_id      varchar(32) not null references vpc_endpoint (id) on delete cascade,
    subnet_id            varchar(32) not null,
    network_interface_id varchar(32) not null,
    availability_zone    varchar(32) not null,
    primary key (vpc_endpoint_id, subnet_id)
);
