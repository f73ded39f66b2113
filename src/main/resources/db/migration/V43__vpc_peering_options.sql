-- Each side's peering option: whether DNS queries from the other VPC resolve this VPC's public
-- names to private addresses (ModifyVpcPeeringConnectionOptions). ClassicLink options are retired.
alter table vpc_peering_connection add column requester_dns_resolution boolean default false not null;
alter table vpc_peering_connection add column accepter_dns_resolution boolean default false not null;
