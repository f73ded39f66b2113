-- The lowest free address of a subnet is found in SQL: allocations carry their offset in the subnet,
-- and the subnet remembers the offset below which every address is taken (a lower bound, kept under
-- the subnet's row lock). V22 fills the offsets of existing rows; V23 makes them required.
alter table private_ip_allocation add column address_offset integer;
alter table subnet add column address_search_from integer default 4 not null;
