-- CIDR collections for IP-based routing: each location's blocks as one JSON document ({"office": ["198.51.100.0/24"]}),
-- changed whole by ChangeCidrCollection, with the version that guards concurrent changes.
create table route53_cidr_collection (
    id                varchar(36)  primary key,
    account           varchar(12)  not null,
    name              varchar(64)  not null,
    caller_reference  varchar(64)  not null,
    version           bigint       not null,
    locations         text         not null,
    constraint uq_route53_cidr_collection_name unique (account, name)
);

-- serialises Route 53 creations that claim a caller reference or a name (zones, health checks, CIDR collections)
insert into allocation_lock (name) values ('route53-references');
