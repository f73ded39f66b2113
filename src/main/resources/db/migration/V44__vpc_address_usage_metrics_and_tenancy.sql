-- Network Address Usage metrics of a VPC (ModifyVpcAttribute EnableNetworkAddressUsageMetrics), off by default.
alter table vpc add column enable_network_address_usage_metrics boolean default false not null;
