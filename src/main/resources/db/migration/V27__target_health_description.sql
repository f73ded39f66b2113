-- Issue 11: health found by real probes says why in AWS's words ("Health checks failed with these
-- codes: [503]"); health set through the simulation API keeps no description of its own.
alter table registered_target add column health_description varchar(255);

-- a target the simulation API marks anomalous, as weighted_random's anomaly detection would find it
alter table registered_target add column anomalous boolean default false not null;
