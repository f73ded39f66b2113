-- Tags of ELBv2 resources, keyed by ARN (AddTags / RemoveTags / DescribeTags in ELBv2).
create table elb_tag (
    resource_arn varchar(255) not null,
    tag_key      varchar(128) not null,
    tag_value    varchar(256) not null,
    primary key (resource_arn, tag_key)
);
