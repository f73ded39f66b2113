package dev.netsim.ec2.dhcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AssociateDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.AssociateDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.CreateDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.CreateDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DhcpConfiguration;

/** EC2 wire handlers for DHCP options sets. */
@Component
class DhcpOptionsActions {

    private final DhcpOptionsService options;

    DhcpOptionsActions(DhcpOptionsService options) {
        this.options = options;
    }

    @AwsAction(WireService.EC2)
    CreateDhcpOptionsResponse createDhcpOptions(CreateDhcpOptionsRequest r, Scope scope) {
        Map<String, List<String>> configurations = new LinkedHashMap<>();
        r.dhcpConfigurations().forEach(c -> configurations.computeIfAbsent(c.key(), k -> new java.util.ArrayList<>()).addAll(c.values()));
        return CreateDhcpOptionsResponse.builder().dhcpOptions(toSdk(options.create(scope, configurations,
                Ec2Wire.tagsFor(r.tagSpecifications(), "dhcp-options")))).build();
    }

    @AwsAction(WireService.EC2)
    AssociateDhcpOptionsResponse associateDhcpOptions(AssociateDhcpOptionsRequest r, Scope scope) {
        options.associate(scope, r.dhcpOptionsId(), r.vpcId());
        return AssociateDhcpOptionsResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DeleteDhcpOptionsResponse deleteDhcpOptions(DeleteDhcpOptionsRequest r, Scope scope) {
        options.delete(scope, r.dhcpOptionsId());
        return DeleteDhcpOptionsResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribeDhcpOptionsResponse describeDhcpOptions(DescribeDhcpOptionsRequest r, Scope scope) {
        Page<Tagged<DhcpOptions>> page = options.describe(scope, Ec2Wire.query(r.dhcpOptionsIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeDhcpOptionsResponse.builder().dhcpOptions(page.items().stream().map(DhcpOptionsActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    static software.amazon.awssdk.services.ec2.model.DhcpOptions toSdk(Tagged<DhcpOptions> tagged) {
        DhcpOptions set = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.DhcpOptions.builder()
                .dhcpOptionsId(set.getId()).ownerId(set.getAccount())
                .dhcpConfigurations(set.configurations().entrySet().stream().map(e -> DhcpConfiguration.builder().key(e.getKey())
                        .values(e.getValue().stream().map(v -> AttributeValue.builder().value(v).build()).toList()).build()).toList())
                .tags(Ec2Wire.tags(tagged.tags()))
                .build();
    }
}
