-- Route 53's smaller resources, each a JSON document of its kind: reusable delegation sets, query
-- logging configs, VPC association authorizations. The zone column lets a zone's own be found.
create table route53_resource (
    kind      varchar(32)  not null,
    id        varchar(64)  not null,
    account   varchar(12)  not null,
    zone_id   varchar(32),
    body      text         not null,
    primary key (kind, id)
);
create index ix_route53_resource_account on route53_resource (kind, account);

alter table hosted_zone add column delegation_set_id varchar(32);
alter table hosted_zone add column accelerated_recovery varchar(16);
