-- The simulated origins of CloudFront distributions: what each origin answers for a path (or a
-- path pattern), as the CDN simulation's users set it.
create table cloudfront_origin_object (
    distribution_id varchar(32)  not null references distribution (id) on delete cascade,
    origin_id       varchar(255) not null,
    path            varchar(1024) not null,
    body            text         not null,
    primary key (distribution_id, origin_id, path)
);

-- Each account's simulation clock: how far it is set from the real one.
create table simulation_clock (
    account       varchar(12) primary key,
    offset_millis bigint      not null
);
