create table egress_only_internet_gateway (
    id         varchar(32) primary key,
    account    varchar(12) not null,
    region     varchar(32) not null,
    vpc_id     varchar(32) not null,
    created_at timestamp with time zone not null
);
create index ix_eigw_scope on egress_only_internet_gateway (account, region);

create table dhcp_options (
    id         varchar(32) primary key,
    account    varchar(12) not null,
    region     varchar(32) not null,
    created_at timestamp with time zone not null
);
create index ix_dhcp_options_scope on dhcp_options (account, region);

create table dhcp_options_value (
    dhcp_options_id varchar(32)  not null references dhcp_options (id) on delete cascade,
    position        integer      not null,
    option_key      varchar(64)  not null,
    option_value    varchar(255) not null,
    primary key (dhcp_options_id, position)
);
