-- Reachability Analyzer: paths to analyse and the analyses run on them (the result kept as the engine's JSON).
create table network_insights_path (
    id                    varchar(32)  primary key,
    account               varchar(12)  not null,
    region                varchar(32)  not null,
    source                varchar(64)  not null,
    destination           varchar(64),
    source_ip             varchar(15),
    destination_ip        varchar(15),
    protocol              varchar(3)   not null,
    destination_port      integer,
    filter_at_source      varchar(512),
    filter_at_destination varchar(512),
    client_token          varchar(255),
    created_at            timestamp with time zone not null
);
create index ix_network_insights_path_scope on network_insights_path (account, region);

create table network_insights_analysis (
    id                    varchar(32)  primary key,
    account               varchar(12)  not null,
    region                varchar(32)  not null,
    path_id               varchar(32)  not null references network_insights_path (id) on delete cascade,
    filter_in_arns        varchar(4096),
    filter_out_arns       varchar(4096),
    additional_accounts   varchar(1024),
    -- null when the analysis failed (its path's source or destination was gone); status_message says why
    result                text,
    status_message        varchar(1024),
    client_token          varchar(255),
    started_at            timestamp with time zone not null
);
create index ix_network_insights_analysis_scope on network_insights_analysis (account, region);
create index ix_network_insights_analysis_path on network_insights_analysis (path_id);
