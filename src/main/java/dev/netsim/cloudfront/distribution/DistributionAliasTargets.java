package dev.netsim.cloudfront.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.route53.record.AliasTargetDirectory;

/**
 * CloudFront distributions as Route 53 alias targets (hosted zone {@code Z2FDTNDATAQYW2}, as on
 * AWS). Route 53 cannot evaluate a distribution's health. A distribution's name answers four edge
 * addresses from CloudFront's 13.32.0.0/15 range, the same four for the same distribution.
 */
@Component
class DistributionAliasTargets implements AliasTargetDirectory {

    static final String CLOUDFRONT_HOSTED_ZONE = "Z2FDTNDATAQYW2";

    private final DistributionRepository distributions;

    DistributionAliasTargets(DistributionRepository distributions) {
        this.distributions = distributions;
    }

    @Override
    public boolean serves(String hostedZoneId) {
        return CLOUDFRONT_HOSTED_ZONE.equals(hostedZoneId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AliasResource> find(String account, String hostedZoneId, String dnsName) {
        return byName(account, dnsName)
                .map(d -> new AliasResource("CloudFront distribution " + d.getId(), false, edgeAddresses(d.getId()), List.of(), true));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> hostedZoneOf(String account, String endpointType, String dnsName) {
        return endpointType.equals("cloudfront") ? byName(account, dnsName).map(d -> CLOUDFRONT_HOSTED_ZONE) : Optional.empty();
    }

    private Optional<Distribution> byName(String account, String dnsName) {
        String name = dnsName.endsWith(".") ? dnsName.substring(0, dnsName.length() - 1) : dnsName;
        return distributions.findByAccountAndDomainNameIgnoreCase(account, name);
    }

    private static List<String> edgeAddresses(String distributionId) {
        int seed = distributionId.hashCode();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int host = Math.floorMod(seed * 31 + i * 7919, 1 << 17); // 13.32.0.0/15 holds 2^17 addresses
            addresses.add("13." + (32 + (host >> 16)) + "." + ((host >> 8) & 0xff) + "." + Math.max(1, host & 0xff));
        }
        return addresses;
    }
}
