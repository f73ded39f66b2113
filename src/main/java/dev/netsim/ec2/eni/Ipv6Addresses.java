package dev.netsim.ec2.eni;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.subnet.PrivateIpAllocator;
import dev.netsim.ec2.subnet.Subnet;

/**
 * IPv6 addresses of network interfaces, from the subnet's /64 block: the ones asked for (inside
 * the block, not reserved, free), or as many as asked for, drawn at random as AWS's look, never one
 * the subnet already gave out. The subnet's first four addresses and its last are AWS's.
 */
@Component
class Ipv6Addresses {

    static final int MAX_PER_INTERFACE = 50;
    private static final BigInteger RESERVED_AT_START = BigInteger.valueOf(4);

    private final Ipv6AssignmentRepository assignments;
    private final PrivateIpAllocator subnetLocks;
    private final RandomGenerator random;

    Ipv6Addresses(Ipv6AssignmentRepository assignments, PrivateIpAllocator subnetLocks, RandomGenerator random) {
        this.assignments = assignments;
        this.subnetLocks = subnetLocks;
        this.random = random;
    }

    /** Assigns the addresses (or the count) to the interface; the addresses it got, in order. */
    List<String> assign(Subnet subnet, String interfaceId, List<String> requested, Integer count) {
        boolean byAddress = requested != null && !requested.isEmpty();
        if (byAddress == (count != null)) {
            throw new AwsException("InvalidParameterCombination", "Give either Ipv6Addresses or Ipv6AddressCount.");
        }
        Ipv6Cidr block = Ipv6Cidr.parseOrNull(subnet.getIpv6CidrBlock());
        if (block == null) {
            throw new AwsException("InvalidParameterValue", "The subnet " + subnet.getId() + " has no IPv6 CIDR block, so it has no IPv6 "
                    + "addresses to assign.");
        }
        subnetLocks.lock(subnet); // two requests for one address: the second sees the first's
        int held = assignments.findByInterfaceIdOrderByAddress(interfaceId).size();
        int wanted = byAddress ? requested.size() : count;
        if (wanted < 1 || held + wanted > MAX_PER_INTERFACE) {
            throw Ec2Errors.invalidValue("Ipv6AddressCount", String.valueOf(wanted), "An interface holds 1 to " + MAX_PER_INTERFACE
                    + " IPv6 addresses here; it has " + held + ".");
        }
        List<String> given = new ArrayList<>();
        if (byAddress) {
            for (String address : requested) {
                String canonical = Ipv6Cidr.canonicalAddressOrNull(address);
                if (canonical == null || !block.containsAddress(canonical) || reserved(block, canonical)) {
                    throw new AwsException("InvalidParameterValue", "The IPv6 address " + address + " is not an address of subnet "
                            + subnet.getId() + " (" + block + ") that can be assigned.");
                }
                if (assignments.existsById(new Ipv6Assignment.Key(subnet.getId(), canonical)) || given.contains(canonical)) {
                    throw new AwsException("InvalidIPAddress.InUse", "Address " + canonical + " is in use.");
                }
                given.add(canonical);
            }
        } else {
            while (given.size() < count) {
                String candidate = block.addressAt(RESERVED_AT_START.add(BigInteger.valueOf(random.nextLong() & Long.MAX_VALUE)));
                if (!reserved(block, candidate) && !given.contains(candidate)
                        && !assignments.existsById(new Ipv6Assignment.Key(subnet.getId(), candidate))) {
                    given.add(candidate);
                }
            }
        }
        given.forEach(a -> assignments.save(new Ipv6Assignment(subnet.getId(), a, interfaceId)));
        return given;
    }

    /** Removes addresses the interface holds; one it does not hold is the caller's mistake. */
    List<String> unassign(String interfaceId, List<String> addresses) {
        if (addresses.isEmpty()) {
            throw Ec2Errors.missing("Ipv6Addresses");
        }
        Map<String, Ipv6Assignment> held = new LinkedHashMap<>();
        assignments.findByInterfaceIdOrderByAddress(interfaceId).forEach(a -> held.put(a.getAddress(), a));
        List<Ipv6Assignment> removed = new ArrayList<>();
        for (String address : addresses) {
            Ipv6Assignment assignment = held.get(Ipv6Cidr.canonicalAddressOrNull(address));
            if (assignment == null) {
                throw new AwsException("InvalidParameterValue", "The IPv6 address " + address + " is not assigned to " + interfaceId + ".");
            }
            removed.add(assignment);
        }
        assignments.deleteAll(removed);
        return removed.stream().map(Ipv6Assignment::getAddress).toList();
    }

    /** Each interface's IPv6 addresses, in address order. */
    Map<String, List<String>> of(Collection<String> interfaceIds) {
        Map<String, List<String>> byInterface = new LinkedHashMap<>();
        if (!interfaceIds.isEmpty()) {
            assignments.ofInterfaces(interfaceIds.toArray(String[]::new))
                    .forEach(a -> byInterface.computeIfAbsent(a.getInterfaceId(), k -> new ArrayList<>()).add(a.getAddress()));
        }
        return byInterface;
    }

    private static boolean reserved(Ipv6Cidr block, String address) {
        for (int i = 0; i < RESERVED_AT_START.intValue(); i++) {
            if (block.addressAt(BigInteger.valueOf(i)).equals(address)) {
                return true;
            }
        }
        return block.addressAt(block.size().subtract(BigInteger.ONE)).equals(address);
    }
}
