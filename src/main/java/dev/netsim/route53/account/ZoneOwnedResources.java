package dev.netsim.route53.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.route53.zone.ZoneDependents;

/** A deleted zone's query logging configuration and VPC association authorizations go with it. */
@Component
class ZoneOwnedResources implements ZoneDependents {

    private final Route53ResourceRepository resources;

    ZoneOwnedResources(Route53ResourceRepository resources) {
        this.resources = resources;
    }

    @Override
    @Transactional
    public void zoneDeleted(String zoneId) {
        for (String kind : new String[] {QueryLoggingService.KIND, VpcAssociationAuthorizationService.KIND}) {
            resources.deleteAll(resources.findByKindAndZoneIdOrderById(kind, zoneId));
        }
    }
}
