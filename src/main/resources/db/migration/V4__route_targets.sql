-- Routes name their target generically (kind + id) and their state is derived from the target.
alter table route_table_route rename column gateway_id to target_id;
alter table route_table_route add column target_kind varchar(32) not null default 'GATEWAY';
update route_table_route set target_kind = 'LOCAL' where target_id = 'local';
alter table route_table_route drop column state;
