-- Placement groups and the placement of instances in them.
create table placement_group (
    id              varchar(32)  primary key,
    account         varchar(12)  not null,
    region          varchar(32)  not null,
    group_name      varchar(255) not null,
    strategy        varchar(16)  not null,
    partition_count integer,
    spread_level    varchar(8),
    created_at      timestamp with time zone not null,
    constraint uq_placement_group_name unique (account, region, group_name)
);

alter table instance add column placement_group_name varchar(255);
alter table instance add column partition_number integer;
