-- Indexes for the lookups that narrow large Describe calls (DescribeInstances on thousands of instances).
create index ix_instance_subnet on instance (subnet_id);
create index ix_instance_scope_id on instance (account, region, id);
create index ix_instance_vpc on instance (vpc_id);
create index ix_network_interface_private_ip on network_interface (private_ip);
create index ix_resource_tag_key_value on resource_tag (account, region, tag_key, tag_value);
