-- Secondary addresses of NAT gateways: private IPs of the subnet, each with an Elastic IP on a public gateway.
create table nat_gateway_secondary_address (
    nat_gateway_id varchar(32) not null references nat_gateway (id) on delete cascade,
    private_ip     varchar(15) not null,
    allocation_id  varchar(32),
    public_ip      varchar(15),
    association_id varchar(48),
    primary key (nat_gateway_id, private_ip)
);
