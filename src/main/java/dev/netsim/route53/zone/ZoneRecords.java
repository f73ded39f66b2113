package dev.netsim.route53.zone;

/**
 * The record sets of a zone, as the zone's life needs them: the SOA and NS sets every zone
 * starts with. The record package implements it, so zones do not depend on records.
 */
public interface ZoneRecords {

    void createDefaults(HostedZone zone);
}
