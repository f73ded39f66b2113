-- What RunInstances and ModifyInstanceAttribute set beyond the network: detailed monitoring, EBS
-- optimization, hibernation, termination protection, CPU credits of burstable types (null: the
-- type's AWS default); and why the instance last changed state (StateReason, StateTransitionReason).
alter table instance add column monitoring boolean default false not null;
alter table instance add column ebs_optimized boolean default false not null;
alter table instance add column hibernation_configured boolean default false not null;
alter table instance add column disable_api_termination boolean default false not null;
alter table instance add column cpu_credits varchar(16);
alter table instance add column state_reason_code varchar(64);
alter table instance add column state_reason_message varchar(255);
alter table instance add column state_transition_reason varchar(255);
