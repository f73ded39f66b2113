package dev.netsim.cloudfront.distribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/** CloudFront distributions (global per account). Creation and updates arrive with the CloudFront issue. */
@Service
@Transactional(readOnly = true)
public class DistributionService {

    private final DistributionRepository distributions;

    public DistributionService(DistributionRepository distributions) {
        this.distributions = distributions;
    }

    public Distribution get(Scope scope, String id) {
        if (id == null || id.isEmpty()) {
            throw new AwsException("InvalidArgument", "The distribution id must not be empty.");
        }
        return distributions.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("NoSuchDistribution", "The specified distribution does not exist.", 404));
    }

    /** ListDistributions: MaxItems arrives as a string (default 100); the marker is the last id of the previous page. */
    public Page<Distribution> list(Scope scope, String marker, String maxItems) {
        int max = 100;
        if (maxItems != null && !maxItems.isEmpty()) {
            try {
                max = Integer.parseInt(maxItems.trim());
            } catch (NumberFormatException e) {
                throw new AwsException("InvalidArgument", "MaxItems must be a number: " + maxItems);
            }
            if (max < 0 || max > 1000) {
                throw new AwsException("InvalidArgument", "MaxItems must be between 0 and 1000.");
            }
        }
        if (max == 0) {
            return new Page<>(java.util.List.of(), null);
        }
        return Pager.page(distributions.findByAccountOrderById(scope.account()), Distribution::getId, max,
                marker == null || marker.isEmpty() ? null : marker, "InvalidArgument");
    }
}
