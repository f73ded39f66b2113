package dev.netsim.ec2.publicip;

import java.util.random.RandomGenerator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AllocationLockRepository;
import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.ec2.Ec2Settings;

/**
 * Hands out public IPv4 addresses from the configured pool, never one that is in use anywhere on
 * this server: allocation holds the pool's lock row until the caller's transaction commits.
 */
@Component
public class PublicIpPool {

    private static final int ATTEMPTS = 64;
    /** Every public address in use on this server: Elastic IPs, addresses given to interfaces, VPN tunnel endpoints. */
    private static final String IN_USE = "select public_ip from elastic_ip union select public_ip from network_interface where public_ip is not null "
            + "union select tunnel1_outside_ip from vpn_connection union select tunnel2_outside_ip from vpn_connection";

    private final Ipv4Cidr pool;
    private final AllocationLockRepository locks;
    private final JdbcTemplate jdbc;
    private final RandomGenerator random;

    public PublicIpPool(Ec2Settings settings, AllocationLockRepository locks, JdbcTemplate jdbc, RandomGenerator random) {
        this.pool = Ipv4Cidr.parseOrNull(settings.publicIpv4Pool());
        if (pool == null || pool.prefixLength() > 24) {
            throw new IllegalArgumentException("netsim.ec2.public-ipv4-pool must be an IPv4 CIDR of /24 or larger: " + settings.publicIpv4Pool());
        }
        this.locks = locks;
        this.jdbc = jdbc;
        this.random = random;
    }

    /** A free address; the caller must record it in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String allocate() {
        locks.acquire("public-ipv4").orElseThrow(() -> new IllegalStateException("allocation lock row missing"));
        java.util.Set<String> inUse = new java.util.HashSet<>(jdbc.queryForList(IN_USE, String.class));
        for (int i = 0; i < ATTEMPTS; i++) {
            // skip the network address and the broadcast address of the pool
            String candidate = pool.addressAt(1 + random.nextLong(pool.size() - 2));
            if (!inUse.contains(candidate)) {
                return candidate;
            }
        }
        throw new AwsException("InsufficientAddressCapacity", "The public IPv4 pool " + pool + " has no free address left.", 500);
    }
}
