-- A subnet's used addresses are counted from private_ip_allocation; the stored counter goes.
alter table subnet drop column used_address_count;
