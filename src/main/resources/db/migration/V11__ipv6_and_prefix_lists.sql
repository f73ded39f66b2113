-- IPv6: Amazon-provided /56 blocks of VPCs (unique server-wide) and one IPv6 block per subnet.
create table vpc_ipv6_cidr_block (
    association_id       varchar(48) primary key,
    vpc_id               varchar(32) not null references vpc (id) on delete cascade,
    ipv6_cidr_block      varchar(43) not null unique,
    ipv6_pool            varchar(64) not null,
    network_border_group varchar(32) not null
);
create index ix_vpc_ipv6_cidr_block_vpc on vpc_ipv6_cidr_block (vpc_id);
insert into allocation_lock (name) values ('amazon-ipv6');

alter table subnet add column ipv6_association_id varchar(48);
alter table subnet add column ipv6_cidr_block varchar(43);
alter table subnet add column assign_ipv6_address_on_creation boolean default false not null;

-- Customer-managed prefix lists. Entries keep their history: an entry belongs to the versions
-- from added_in_version up to (not including) removed_in_version.
create table managed_prefix_list (
    id             varchar(32)  primary key,
    account        varchar(12)  not null,
    region         varchar(32)  not null,
    name           varchar(255) not null,
    address_family varchar(8)   not null,
    max_entries    integer      not null,
    version        bigint       not null,
    state          varchar(32)  not null,
    client_token   varchar(64),
    created_at     timestamp with time zone not null
);
create index ix_managed_prefix_list_scope on managed_prefix_list (account, region);

create table managed_prefix_list_entry (
    prefix_list_id     varchar(32)  not null references managed_prefix_list (id) on delete cascade,
    cidr               varchar(43)  not null,
    description        varchar(255),
    added_in_version   bigint       not null,
    removed_in_version bigint,
    primary key (prefix_list_id, cidr, added_in_version)
);
