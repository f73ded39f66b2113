package dev.netsim.route53.account;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.route53.zone.HostedZone;
import dev.netsim.route53.zone.HostedZoneService;
import dev.netsim.route53.zone.VpcAssociationAuthorizations;

/**
 * The authorizations a private zone's owner gives other accounts' VPCs, so that their owners can
 * associate them with the zone (AssociateVPCWithHostedZone from the VPC's account).
 */
@Service
@Transactional
public class VpcAssociationAuthorizationService implements VpcAssociationAuthorizations {

    static final String KIND = "vpc-authorization";
    static final int MAX_PER_ZONE = 100;

    /** One authorization: the zone and the VPC it lets in. */
    public record Authorization(String zoneId, String vpcId, String vpcRegion) {

        String key() {
            return zoneId + ":" + vpcRegion + ":" + vpcId;
        }
    }

    private final Route53ResourceRepository resources;
    private final HostedZoneService zones;

    public VpcAssociationAuthorizationService(Route53ResourceRepository resources, HostedZoneService zones) {
        this.resources = resources;
        this.zones = zones;
    }

    public Authorization create(Scope scope, String zoneId, String vpcId, String vpcRegion) {
        HostedZone zone = zones.lockForChange(scope, zoneId);
        if (!zone.isPrivateZone()) {
            throw new AwsException("InvalidInput", "Only private hosted zones can be associated with VPCs.");
        }
        if (vpcId == null || !vpcId.matches("vpc-[0-9a-f]{8,17}") || vpcRegion == null) {
            throw new AwsException("InvalidVPCId", "The VPC ID " + vpcId + " is not valid.");
        }
        Authorization authorization = new Authorization(zone.getId(), vpcId, vpcRegion);
        if (resources.findById(new Route53Resource.Key(KIND, authorization.key())).isEmpty()) {
            if (resources.findByKindAndZoneIdOrderById(KIND, zone.getId()).size() >= MAX_PER_ZONE) {
                throw new AwsException("TooManyVPCAssociationAuthorizations", "The hosted zone has " + MAX_PER_ZONE + " authorizations already.");
            }
            resources.save(new Route53Resource(KIND, authorization.key(), scope.account(), zone.getId(), authorization));
        }
        return authorization;
    }

    @Transactional(readOnly = true)
    public List<Authorization> list(Scope scope, String zoneId) {
        return resources.findByKindAndZoneIdOrderById(KIND, zones.get(scope, zoneId).getId()).stream().map(r -> r.body(Authorization.class)).toList();
    }

    public void delete(Scope scope, String zoneId, String vpcId, String vpcRegion) {
        Authorization authorization = new Authorization(zones.get(scope, zoneId).getId(), vpcId, vpcRegion);
        Route53Resource.Key key = new Route53Resource.Key(KIND, authorization.key());
        if (resources.findById(key).isEmpty()) {
            throw new AwsException("VPCAssociationAuthorizationNotFound", "The VPC " + vpcId + " is not authorized for hosted zone "
                    + authorization.zoneId() + ".", 404);
        }
        resources.deleteById(key);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean authorized(String zoneId, String vpcId, String vpcRegion) {
        return resources.findById(new Route53Resource.Key(KIND, new Authorization(zoneId, vpcId, vpcRegion).key())).isPresent();
    }
}
