package dev.netsim.ec2.vpc;

import java.util.List;
import java.util.Optional;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv4Cidr;

/**
 * AWS's rule on mixing address families in one VPC: a VPC whose primary CIDR is in one RFC 1918
 * range refuses secondary CIDRs from the other two, and refuses 198.19.0.0/16. Public ranges and
 * 100.64.0.0/10 may join any VPC.
 */
final class Ipv4CidrFamilies {

    private static final List<Ipv4Cidr> RFC1918 = List.of(
            Ipv4Cidr.parseOrNull("10.0.0.0/8"), Ipv4Cidr.parseOrNull("172.16.0.0/12"), Ipv4Cidr.parseOrNull("192.168.0.0/16"));
    private static final Ipv4Cidr BENCHMARK = Ipv4Cidr.parseOrNull("198.19.0.0/16");

    private Ipv4CidrFamilies() {
    }

    static void requireCompatible(Ipv4Cidr primary, Ipv4Cidr candidate) {
        Optional<Ipv4Cidr> primaryFamily = familyOf(primary);
        if (primaryFamily.isEmpty()) {
            return;
        }
        Optional<Ipv4Cidr> candidateFamily = familyOf(candidate);
        boolean otherPrivateFamily = candidateFamily.isPresent() && !candidateFamily.equals(primaryFamily);
        if (otherPrivateFamily || BENCHMARK.overlaps(candidate)) {
            throw new AwsException("InvalidVpc.Range", "The CIDR '" + candidate + "' is restricted: a VPC whose primary CIDR is in "
                    + primaryFamily.get() + " cannot add it.");
        }
    }

    private static Optional<Ipv4Cidr> familyOf(Ipv4Cidr cidr) {
        return RFC1918.stream().filter(f -> f.contains(cidr)).findFirst();
    }
}
