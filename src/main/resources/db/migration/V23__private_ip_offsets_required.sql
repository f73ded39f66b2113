alter table private_ip_allocation alter column address_offset set not null;
create unique index ux_private_ip_allocation_offset on private_ip_allocation (subnet_id, address_offset);
