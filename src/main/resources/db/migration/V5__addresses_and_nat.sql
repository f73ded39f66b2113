-- Named rows to lock on: allocations that must be unique across transactions (public IPv4 addresses).
create table allocation_lock (
    name varchar(64) primary key
);
insert into allocation_lock (name) values ('public-ipv4');

-- Elastic IPs; public addresses are unique across all accounts and regions of this server.
create table elastic_ip (
    allocation_id        varchar(32) primary key,
    account              varchar(12) not null,
    region               varchar(32) not null,
    public_ip            varchar(15) not null unique,
    association_id       varchar(32),
    network_interface_id varchar(32),
    private_ip           varchar(15),
    associated_with      varchar(32),
    created_at           timestamp with time zone not null
);
create index ix_elastic_ip_scope on elastic_ip (account, region);

-- Private IPv4 addresses in use in a subnet; the primary key makes double allocation impossible.
create table private_ip_allocation (
    subnet_id varchar(32) not null,
    address   varchar(15) not null,
    owner_id  varchar(32) not null,
    primary key (subnet_id, address)
);
create index ix_private_ip_allocation_owner on private_ip_allocation (owner_id);

create table nat_gateway (
    id                   varchar(32) primary key,
    account              varchar(12) not null,
    region               varchar(32) not null,
    vpc_id               varchar(32) not null,
    subnet_id            varchar(32) not null,
    connectivity_type    varchar(16) not null,
    allocation_id        varchar(32),
    public_ip            varchar(15),
    private_ip           varchar(15) not null,
    network_interface_id varchar(32) not null,
    client_token         varchar(64),
    created_at           timestamp with time zone not null,
    deleted_at           timestamp with time zone
);
create index ix_nat_gateway_scope on nat_gateway (account, region);
