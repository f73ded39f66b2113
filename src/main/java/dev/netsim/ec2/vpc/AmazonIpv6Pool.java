package dev.netsim.ec2.vpc;

import java.math.BigInteger;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AllocationLockRepository;
import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.ec2.Ec2Settings;

/**
 * Hands out the /56 blocks of AmazonProvidedIpv6CidrBlock from the configured pool, never one
 * that a VPC anywhere on this server holds: allocation holds the pool's lock row until the
 * caller's transaction commits.
 */
@Component
class AmazonIpv6Pool {

    static final String POOL_NAME = "Amazon";
    private static final int VPC_PREFIX = 56;
    private static final int ATTEMPTS = 64;

    private final Ipv6Cidr pool;
    private final AllocationLockRepository locks;
    private final VpcIpv6CidrBlockRepository blocks;
    private final RandomGenerator random;

    AmazonIpv6Pool(Ec2Settings settings, AllocationLockRepository locks, VpcIpv6CidrBlockRepository blocks, RandomGenerator random) {
        this.pool = Ipv6Cidr.parseOrNull(settings.amazonIpv6Pool());
        if (pool == null || pool.prefixLength() > 48) {
            throw new IllegalArgumentException("netsim.ec2.amazon-ipv6-pool must be an IPv6 CIDR of /48 or larger: " + settings.amazonIpv6Pool());
        }
        this.locks = locks;
        this.blocks = blocks;
        this.random = random;
    }

    /** A free /56; the caller must record it in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    String allocate() {
        locks.acquire("amazon-ipv6").orElseThrow(() -> new IllegalStateException("allocation lock row missing"));
        Set<String> inUse = blocks.allBlocks();
        long choices = pool.countOf(VPC_PREFIX).min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = pool.blockAt(VPC_PREFIX, BigInteger.valueOf(random.nextLong(choices))).toString();
            if (!inUse.contains(candidate)) {
                return candidate;
            }
        }
        throw new AwsException("InsufficientCidrBlocks", "The Amazon IPv6 pool " + pool + " has no free /56 block left.", 500);
    }
}
