package dev.netsim.ec2.metadata;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.Scope;
import dev.netsim.ec2.eni.NetworkInterface;
import dev.netsim.ec2.instance.InstanceDetails;
import dev.netsim.ec2.InstanceNames;
import dev.netsim.ec2.instance.InstanceService;
import dev.netsim.ec2.instance.InstanceState;
import dev.netsim.ec2.region.RegionCatalog;
import dev.netsim.ec2.subnet.SubnetLookup;
import dev.netsim.ec2.vpc.VpcLookup;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an instance sees at 169.254.169.254: its metadata as a tree of categories (maps) and
 * values (strings), its user data and its identity document, built from the live EC2 state.
 */
@Service
@Transactional(readOnly = true)
public class InstanceMetadataService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InstanceService instances;
    private final SubnetLookup subnets;
    private final VpcLookup vpcs;
    private final RegionCatalog regions;

    public InstanceMetadataService(InstanceService instances, SubnetLookup subnets, VpcLookup vpcs, RegionCatalog regions) {
        this.instances = instances;
        this.subnets = subnets;
        this.vpcs = vpcs;
        this.regions = regions;
    }

    /** The instance as the metadata service sees it, if it exists. */
    public record MetadataInstance(InstanceDetails details, Scope scope) {

        public boolean isRunning() {
            return details.state() == InstanceState.RUNNING;
        }

        public boolean tokenRequired() {
            return details.instance().getHttpTokens().equals("required");
        }

        public boolean endpointEnabled() {
            return details.instance().getHttpEndpoint().equals("enabled");
        }
    }

    public Optional<MetadataInstance> find(String instanceId) {
        return instances.scopeOf(instanceId).map(scope -> new MetadataInstance(instances.get(scope, instanceId), scope));
    }

    /** The {@code meta-data} tree. */
    public Map<String, Object> metaData(MetadataInstance target) {
        InstanceDetails d = target.details();
        NetworkInterface eni = d.primaryInterface();
        String region = target.scope().region();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ami-id", d.instance().getImageId());
        root.put("ami-launch-index", String.valueOf(d.instance().getAmiLaunchIndex()));
        root.put("instance-id", d.instance().getId());
        root.put("instance-type", d.instance().getInstanceType());
        root.put("reservation-id", d.instance().getReservationId());
        root.put("local-ipv4", eni.getPrivateIp());
        root.put("local-hostname", InstanceNames.privateDnsName(eni.getPrivateIp(), region));
        root.put("hostname", InstanceNames.privateDnsName(eni.getPrivateIp(), region));
        root.put("mac", eni.getMacAddress());
        if (eni.getPublicIp() != null) {
            root.put("public-ipv4", eni.getPublicIp());
            root.put("public-hostname", InstanceNames.publicDnsName(eni.getPublicIp(), region));
        }
        root.put("security-groups", String.join("\n", d.groupNames().values()));
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("availability-zone", d.instance().getAvailabilityZone());
        placement.put("availability-zone-id", regions.zoneByName(region, d.instance().getAvailabilityZone())
                .map(RegionCatalog.Zone::zoneId).orElse(""));
        placement.put("region", region);
        root.put("placement", placement);
        Map<String, Object> macs = new LinkedHashMap<>();
        for (NetworkInterface attached : d.attachedInterfaces()) {
            macs.put(attached.getMacAddress(), interfaceTree(target, attached));
        }
        root.put("network", Map.of("interfaces", Map.of("macs", macs)));
        return root;
    }

    private Map<String, Object> interfaceTree(MetadataInstance target, NetworkInterface eni) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("device-number", String.valueOf(eni.getDeviceIndex()));
        tree.put("interface-id", eni.getId());
        tree.put("local-ipv4s", String.join("\n", target.details().addresses().getOrDefault(eni.getId(), List.of(eni.getPrivateIp()))));
        tree.put("mac", eni.getMacAddress());
        tree.put("owner-id", eni.getAccount());
        if (eni.getPublicIp() != null) {
            tree.put("public-ipv4s", eni.getPublicIp());
        }
        tree.put("security-group-ids", String.join("\n", eni.getGroupIds()));
        tree.put("subnet-id", eni.getSubnetId());
        tree.put("subnet-ipv4-cidr-block", subnets.find(target.scope(), eni.getSubnetId()).getCidrBlock());
        tree.put("vpc-id", eni.getVpcId());
        tree.put("vpc-ipv4-cidr-block", vpcs.find(target.scope(), eni.getVpcId()).getCidrBlock());
        return tree;
    }

    /** The decoded user data, if any was given at launch. */
    public Optional<String> userData(MetadataInstance target) {
        String encoded = target.details().instance().getUserData();
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getMimeDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of(encoded); // stored as given when it was not base64
        }
    }

    /** {@code dynamic/instance-identity/document}. */
    public String identityDocument(MetadataInstance target) {
        InstanceDetails d = target.details();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("accountId", target.scope().account());
        document.put("architecture", "x86_64");
        document.put("availabilityZone", d.instance().getAvailabilityZone());
        document.put("imageId", d.instance().getImageId());
        document.put("instanceId", d.instance().getId());
        document.put("instanceType", d.instance().getInstanceType());
        document.put("pendingTime", d.instance().getLaunchTime().toString());
        document.put("privateIp", d.primaryInterface().getPrivateIp());
        document.put("region", target.scope().region());
        document.put("version", "2017-09-30");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }
}
