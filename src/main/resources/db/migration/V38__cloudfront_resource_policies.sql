-- Resource policies attached to CloudFront resources (to share VPC origins and Anycast IP lists), by ARN.
create table cloudfront_resource_policy (
    resource_arn varchar(255) primary key,
    account      varchar(12)  not null,
    document     text         not null
);
