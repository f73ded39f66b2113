package dev.netsim.route53.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.route53.zone.ZoneDependents;

/** A deleted zone's query logging configuration, VPC association authorizations and DNSSEC keys go with it. */
@Component
class ZoneOwnedResources implements ZoneDependents {

    private final Route53ResourceRepository resources;

    ZoneOwnedResources(Route53ResourceRepository resources) {
        this.resources = resources;
    }

    @Override
    @Transactional
    public void zoneDeleted(String zoneId) {
        resources.deleteAll(resources.findByZoneId(zoneId));
    }
}
