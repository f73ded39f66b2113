package dev.netsim.ec2.defaultvpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.ScopeInitializer;
import dev.netsim.common.StateResetEvent;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.persistence.CommittedWrites;
import dev.netsim.ec2.gateway.InternetGateway;
import dev.netsim.ec2.gateway.InternetGatewayService;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.routing.RouteTableService;
import dev.netsim.ec2.routing.RouteTarget;
import dev.netsim.ec2.routing.RouteTargetKind;
import dev.netsim.ec2.subnet.SubnetService;
import dev.netsim.ec2.vpc.Vpc;
import dev.netsim.ec2.vpc.VpcLookup;
import dev.netsim.ec2.vpc.VpcService;

/**
 * Creates each account's default VPC in a region on its first EC2 call there, as AWS has it:
 * 172.31.0.0/16, a /20 default subnet per AZ, an attached internet gateway and a 0.0.0.0/0 route.
 */
@Component
public class DefaultVpcProvisioner implements ScopeInitializer {

    static final String DEFAULT_VPC_CIDR = "172.31.0.0/16";
    private static final String RESETS = "default-vpc-resets";

    private final VpcService vpcs;
    private final SubnetService subnets;
    private final RouteTableService routeTables;
    private final InternetGatewayService internetGateways;
    private final InitializedScopeRepository initialized;
    private final RegionCatalog regions;
    private final TransactionTemplate transactions;
    private final VpcLookup lookup;
    private final IdGenerator ids;
    /**
     * Scopes known to be set up, with the count of resets when they were, so that the common case
     * costs a map lookup and a count (a reset on any node sharing the database moves it).
     */
    private final Map<Scope, Long> done = new ConcurrentHashMap<>();
    private final CommittedWrites writes;

    public DefaultVpcProvisioner(VpcService vpcs, SubnetService subnets, RouteTableService routeTables,
                                 InternetGatewayService internetGateways, InitializedScopeRepository initialized,
                                 RegionCatalog regions, TransactionTemplate transactions, VpcLookup lookup, IdGenerator ids,
                                 CommittedWrites writes) {
        this.vpcs = vpcs;
        this.subnets = subnets;
        this.routeTables = routeTables;
        this.internetGateways = internetGateways;
        this.initialized = initialized;
        this.regions = regions;
        this.transactions = transactions;
        this.lookup = lookup;
        this.ids = ids;
        this.writes = writes;
    }

    @Override
    public boolean appliesTo(String service) {
        // ELBv2 calls name VPCs too, and the default VPC exists before any call on AWS
        return "ec2".equals(service) || "elasticloadbalancing".equals(service);
    }

    @Override
    public void initialize(Scope scope) {
        long resets = writes.version(RESETS);
        if (setUpSince(scope, resets)) {
            return;
        }
        synchronized (this) {
            if (!setUpSince(scope, resets)) {
                try {
                    transactions.executeWithoutResult(status -> {
                        if (!initialized.existsById(new InitializedScope.Key(scope.account(), scope.region()))) {
                            createDefaultVpc(scope);
                            initialized.save(new InitializedScope(scope.account(), scope.region()));
                        }
                    });
                } catch (DataIntegrityViolationException e) {
                    // another node sharing the database made this scope's default VPC (same ids) first
                    if (!initialized.existsById(new InitializedScope.Key(scope.account(), scope.region()))) {
                        throw e;
                    }
                }
                done.put(scope, resets);
            }
        }
    }

    /** Set up by this node since the last reset (on any node). */
    private boolean setUpSince(Scope scope, long resets) {
        Long at = done.get(scope);
        return at != null && at == resets;
    }

    private void createDefaultVpc(Scope scope) {
        createDefaultVpc(scope, DefaultResourceIds.vpcId(scope), zone -> DefaultResourceIds.subnetId(scope, zone));
    }

    /**
     * CreateDefaultVpc: after the default VPC was deleted, a new one as the first was made (new ids,
     * as AWS gives); while one exists, {@code DefaultVpcAlreadyExists}.
     */
    public synchronized Vpc recreate(Scope scope) {
        initialize(scope);
        return transactions.execute(status -> {
            if (lookup.defaultVpc(scope).isPresent()) {
                throw new AwsException("DefaultVpcAlreadyExists", "A Default VPC already exists for this account in this region.");
            }
            return createDefaultVpc(scope, ids.ec2Id("vpc"), zone -> ids.ec2Id("subnet"));
        });
    }

    private Vpc createDefaultVpc(Scope scope, String vpcId, java.util.function.UnaryOperator<String> subnetIdOfZone) {
        Ipv4Cidr vpcCidr = Ipv4Cidr.parseOrNull(DEFAULT_VPC_CIDR);
        Vpc vpc = vpcs.createWithDefaults(scope, vpcId, vpcCidr, "default", true);
        InternetGateway gateway = internetGateways.createAttached(scope, vpc.getId());
        routeTables.addRouteToMainTable(vpc.getId(), "0.0.0.0/0", new RouteTarget(RouteTargetKind.GATEWAY, gateway.getId()));
        List<RegionCatalog.Zone> zones = regions.region(scope.region()).zones();
        for (int i = 0; i < zones.size(); i++) {
            Ipv4Cidr subnetCidr = Ipv4Cidr.parseOrNull("172.31." + (16 * i) + ".0/20");
            subnets.save(scope, subnetIdOfZone.apply(zones.get(i).name()), vpc.getId(), subnetCidr, zones.get(i), true);
        }
        return vpc;
    }

    @EventListener(StateResetEvent.class)
    public void afterReset() {
        writes.alsoMoves(RESETS);
    }
}
