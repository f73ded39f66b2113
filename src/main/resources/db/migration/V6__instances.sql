-- Network interfaces (an instance's primary ENI for now) and instances.
create table network_interface (
    id                    varchar(32) primary key,
    account               varchar(12) not null,
    region                varchar(32) not null,
    vpc_id                varchar(32) not null,
    subnet_id             varchar(32) not null,
    availability_zone     varchar(32) not null,
    description           varchar(255),
    private_ip            varchar(15) not null,
    mac_address           varchar(17) not null,
    source_dest_check     boolean     not null,
    interface_type        varchar(32) not null,
    attachment_id         varchar(48),
    instance_id           varchar(32),
    device_index          integer,
    attach_time           timestamp with time zone,
    delete_on_termination boolean,
    public_ip             varchar(15) unique,
    created_at            timestamp with time zone not null
);
create index ix_network_interface_scope on network_interface (account, region);
create index ix_network_interface_instance on network_interface (instance_id);

create table network_interface_group (
    network_interface_id varchar(32) not null references network_interface (id) on delete cascade,
    group_id             varchar(32) not null,
    primary key (network_interface_id, group_id)
);

create table instance (
    id                          varchar(32) primary key,
    account                     varchar(12) not null,
    region                      varchar(32) not null,
    reservation_id              varchar(32) not null,
    image_id                    varchar(64) not null,
    instance_type               varchar(32) not null,
    vpc_id                      varchar(32) not null,
    subnet_id                   varchar(32) not null,
    availability_zone           varchar(32) not null,
    network_interface_id        varchar(32) not null,
    key_name                    varchar(255),
    user_data                   text,
    client_token                varchar(64),
    ami_launch_index            integer     not null,
    auto_public_ip              boolean     not null,
    state                       varchar(16) not null,
    state_changed_at            timestamp with time zone not null,
    launch_time                 timestamp with time zone not null,
    http_tokens                 varchar(16) not null,
    http_endpoint               varchar(16) not null,
    http_put_response_hop_limit integer     not null
);
create index ix_instance_scope on instance (account, region);
create index ix_instance_client_token on instance (account, region, client_token);
