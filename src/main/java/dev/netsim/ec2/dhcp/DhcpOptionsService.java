package dev.netsim.ec2.dhcp;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.DescribeQuery;
import dev.netsim.ec2.Ec2Errors;
import dev.netsim.ec2.Ec2Ids;
import dev.netsim.ec2.tag.TagService;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcRepository;
import dev.netsim.ec2.vpc.VpcService;

/** DHCP options sets: create with AWS's keys and limits, associate with VPCs ("default" for none), delete when unused. */
@Service
@Transactional
public class DhcpOptionsService {

    static final DescribeQuery.Kind KIND = new DescribeQuery.Kind("dopt", "InvalidDhcpOptionsId", "InvalidDhcpOptionID.NotFound",
            "dhcp options", 5, 1000);
    private static final Set<String> KEYS = Set.of("domain-name", "domain-name-servers", "ntp-servers", "netbios-name-servers",
            "netbios-node-type", "ipv6-address-preferred-lease-time");

    private static final FilterSpec<Tagged<DhcpOptions>> FILTERS = FilterSpec.<Tagged<DhcpOptions>>builder(Tagged::tags)
            .on("dhcp-options-id", t -> t.resource().getId())
            .on("owner-id", t -> t.resource().getAccount())
            .onEach("key", t -> List.copyOf(t.resource().configurations().keySet()))
            .onEach("value", t -> t.resource().getValues().stream().map(DhcpOptionValue::getValue).toList())
            .build();

    private final DhcpOptionsRepository options;
    private final VpcService vpcs;
    private final VpcRepository vpcRepository;
    private final TagService tags;
    private final IdGenerator ids;
    private final Clock clock;

    public DhcpOptionsService(DhcpOptionsRepository options, VpcService vpcs, VpcRepository vpcRepository, TagService tags, IdGenerator ids,
                              Clock clock) {
        this.options = options;
        this.vpcs = vpcs;
        this.vpcRepository = vpcRepository;
        this.tags = tags;
        this.ids = ids;
        this.clock = clock;
    }

    public Tagged<DhcpOptions> create(Scope scope, Map<String, List<String>> configurations, Map<String, String> newTags) {
        if (configurations.isEmpty()) {
            throw Ec2Errors.missing("DhcpConfiguration");
        }
        DhcpOptions set = new DhcpOptions(ids.ec2Id("dopt"), scope.account(), scope.region(), clock.instant());
        configurations.forEach((key, values) -> {
            if (!KEYS.contains(key)) {
                throw Ec2Errors.invalidValue("DhcpConfiguration.Key", key, "Valid keys are " + String.join(", ", KEYS.stream().sorted().toList()) + ".");
            }
            if (values.isEmpty() || key.equals("domain-name-servers") && values.size() > 4 || key.equals("ntp-servers") && values.size() > 4) {
                throw Ec2Errors.invalidValue("DhcpConfiguration.Value", String.join(",", values), "Give 1 to 4 values for " + key + ".");
            }
            if (key.equals("netbios-node-type") && !Set.of("1", "2", "4", "8").containsAll(values)) {
                throw Ec2Errors.invalidValue("netbios-node-type", String.join(",", values), "Valid values are 1, 2, 4 and 8.");
            }
            values.forEach(value -> set.getValues().add(new DhcpOptionValue(key, value)));
        });
        options.save(set);
        return new Tagged<>(set, tags.tagNew(scope, set.getId(), "dhcp-options", newTags));
    }

    /** AssociateDhcpOptions: a set of the scope, or {@code default} for none. */
    public void associate(Scope scope, String dhcpOptionsId, String vpcId) {
        if (dhcpOptionsId == null) {
            throw Ec2Errors.missing("DhcpOptionsId");
        }
        if (!dhcpOptionsId.equals("default")) {
            find(scope, dhcpOptionsId);
        }
        vpcs.useDhcpOptions(scope, vpcId, dhcpOptionsId);
    }

    public void delete(Scope scope, String dhcpOptionsId) {
        DhcpOptions set = find(scope, dhcpOptionsId);
        List<String> users = vpcRepository.findByDhcpOptionsId(dhcpOptionsId).stream().map(Vpc::getId).toList();
        if (!users.isEmpty()) {
            throw Ec2Errors.dependencyViolation("dhcpOptions", dhcpOptionsId, "used by " + String.join(", ", users));
        }
        tags.forget(dhcpOptionsId);
        options.delete(set);
    }

    @Transactional(readOnly = true)
    public Page<Tagged<DhcpOptions>> describe(Scope scope, DescribeQuery query) {
        return query.apply(KIND, tags.withTags(scope, options.findByAccountAndRegionOrderById(scope.account(), scope.region()), DhcpOptions::getId),
                DhcpOptions::getId, FILTERS);
    }

    public boolean exists(Scope scope, String id) {
        return options.findByIdAndAccountAndRegion(id, scope.account(), scope.region()).isPresent();
    }

    private DhcpOptions find(Scope scope, String id) {
        Ec2Ids.requireWellFormed(id, "dopt", "InvalidDhcpOptionsId");
        return options.findByIdAndAccountAndRegion(id, scope.account(), scope.region())
                .orElseThrow(() -> new AwsException("InvalidDhcpOptionID.NotFound", "The dhcpOption ID '" + id + "' does not exist"));
    }
}
