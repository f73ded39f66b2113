package dev.netsim.ec2;

/** EC2's DNS names for instance addresses. */
public final class InstanceNames {

    private InstanceNames() {
    }

    /** {@code ip-10-0-1-5.ec2.internal} in us-east-1, {@code ip-10-0-1-5.eu-west-1.compute.internal} elsewhere. */
    public static String privateDnsName(String privateIp, String region) {
        String host = "ip-" + privateIp.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    /** {@code ec2-3-80-1-2.compute-1.amazonaws.com} in us-east-1, {@code ec2-….eu-west-1.compute.amazonaws.com} elsewhere. */
    public static String publicDnsName(String publicIp, String region) {
        String host = "ec2-" + publicIp.replace('.', '-');
        return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
    }
}
