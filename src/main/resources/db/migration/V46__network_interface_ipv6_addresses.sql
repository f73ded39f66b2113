-- IPv6 addresses of network interfaces, from their subnet's /64: an address is held once per
-- subnet (the key), and goes with its interface.
create table network_interface_ipv6_address (
    subnet_id    varchar(32)  not null,
    address      varchar(64)  not null,
    interface_id varchar(32)  not null references network_interface (id) on delete cascade,
    primary key (subnet_id, address)
);
create index ix_network_interface_ipv6_address_interface on network_interface_ipv6_address (interface_id);
