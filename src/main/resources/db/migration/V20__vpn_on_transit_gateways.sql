-- VPN connections can end on a transit gateway: the gateway gets a VPN attachment for them.
alter table transit_gateway_attachment add column resource_type varchar(8) default 'vpc' not null;
alter table transit_gateway_attachment add column vpn_connection_id varchar(32);
alter table transit_gateway_attachment alter column vpc_id drop not null;

alter table vpn_connection alter column vpn_gateway_id drop not null;
alter table vpn_connection add column transit_gateway_id varchar(32);
alter table vpn_connection add column transit_gateway_attachment_id varchar(40);
