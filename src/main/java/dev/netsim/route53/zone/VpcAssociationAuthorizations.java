package dev.netsim.route53.zone;

/** Whether a zone's owner authorized another account's VPC to be associated with it; implemented by the authorization service. */
public interface VpcAssociationAuthorizations {

    boolean authorized(String zoneId, String vpcId, String vpcRegion);
}
