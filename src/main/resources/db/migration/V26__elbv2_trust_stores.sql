-- Issue 11: trust stores for mutual TLS, and each HTTPS listener's mutual authentication. The CA
-- bundle and revocation lists stay where the caller put them in S3 (Netsim has no S3 to read them
-- from), so a trust store keeps their locations; revocations are a small document read whole.
create table trust_store (
    arn                 varchar(255) primary key,
    account             varchar(12)  not null,
    region              varchar(32)  not null,
    name                varchar(32)  not null,
    ca_bundle           text         not null,
    revocations         text         not null,
    next_revocation_id  bigint       not null,
    created_at          timestamp with time zone not null,
    constraint uq_trust_store_name unique (account, region, name)
);

alter table listener add column mutual_authentication text;

-- names of load balancers, target groups and trust stores are unique per account and region: their
-- creations take this lock, so two concurrent requests for one name cannot both insert it
insert into allocation_lock (name) values ('elbv2-names');
