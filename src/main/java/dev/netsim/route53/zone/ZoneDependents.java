package dev.netsim.route53.zone;

/**
 * What belongs to a hosted zone outside its own tables (tags, query logging configurations, VPC
 * association authorizations) and goes with it; implemented by the services that keep them.
 */
public interface ZoneDependents {

    void zoneDeleted(String zoneId);
}
