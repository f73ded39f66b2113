-- The VPC a private hosted zone is created with (more associations come with AssociateVPCWithHostedZone).
alter table hosted_zone add column vpc_id varchar(32);
alter table hosted_zone add column vpc_region varchar(32);
