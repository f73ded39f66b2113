-- VPC peering connections between VPCs of any account and region on this server.
create table vpc_peering_connection (
    id                 varchar(32) primary key,
    requester_account  varchar(12) not null,
    requester_region   varchar(32) not null,
    requester_vpc_id   varchar(32) not null,
    requester_cidr     varchar(18) not null,
    accepter_account   varchar(12) not null,
    accepter_region    varchar(32) not null,
    accepter_vpc_id    varchar(32) not null,
    accepter_cidr      varchar(18),
    status             varchar(32) not null,
    status_message     varchar(255) not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    changed_at         timestamp with time zone not null
);
create index ix_pcx_requester on vpc_peering_connection (requester_account, requester_region);
create index ix_pcx_accepter on vpc_peering_connection (accepter_account, accepter_region);
