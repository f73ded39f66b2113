-- Route 53 record sets: the key columns Route 53 identifies a set by (name, type, set identifier;
-- '' when a set has none, so the unique key holds for simple records too) and the set itself as a
-- JSON document, read and written whole. The health check is a column so that a check in use can be found.
create table route53_record_set (
    id               varchar(36)   primary key,
    zone_id          varchar(32)   not null references hosted_zone (id) on delete cascade,
    name             varchar(1024) not null,
    type             varchar(8)    not null,
    set_identifier   varchar(128)  not null,
    health_check_id  varchar(64),
    document         text          not null,
    constraint uq_route53_record_set unique (zone_id, name, type, set_identifier)
);
create index ix_route53_record_set_health_check on route53_record_set (health_check_id);

-- the VPCs a private hosted zone is associated with (the first one is the zone's creation VPC)
create table hosted_zone_vpc (
    zone_id     varchar(32) not null references hosted_zone (id) on delete cascade,
    vpc_id      varchar(32) not null,
    vpc_region  varchar(32) not null,
    primary key (zone_id, vpc_id, vpc_region)
);
insert into hosted_zone_vpc (zone_id, vpc_id, vpc_region) select id, vpc_id, vpc_region from hosted_zone where vpc_id is not null;
alter table hosted_zone drop column vpc_id;
alter table hosted_zone drop column vpc_region;
