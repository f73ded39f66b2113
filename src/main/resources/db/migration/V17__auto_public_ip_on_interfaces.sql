-- An instance's primary interface remembers that its public address is auto-assigned, so that
-- removing an Elastic IP gives it a new one, as on AWS.
alter table network_interface add column auto_public_ip boolean default false not null;
create index ix_flow_log_resource on flow_log (resource_id);
