-- Edge associations: a route table associated with an internet or virtual private gateway.
alter table route_table_association add column gateway_id varchar(32);
