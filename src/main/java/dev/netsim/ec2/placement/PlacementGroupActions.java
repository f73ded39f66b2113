package dev.netsim.ec2.placement;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.CreatePlacementGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreatePlacementGroupResponse;
import software.amazon.awssdk.services.ec2.model.DeletePlacementGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeletePlacementGroupResponse;
import software.amazon.awssdk.services.ec2.model.DescribePlacementGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribePlacementGroupsResponse;

/** EC2 wire handlers for placement groups. */
@Component
class PlacementGroupActions {

    private final PlacementGroupService groups;
    private final PlacementGroupMembers instances;

    PlacementGroupActions(PlacementGroupService groups, PlacementGroupMembers instances) {
        this.groups = groups;
        this.instances = instances;
    }

    @AwsAction(WireService.EC2)
    CreatePlacementGroupResponse createPlacementGroup(CreatePlacementGroupRequest r, Scope scope) {
        Tagged<PlacementGroup> group = groups.create(scope, r.groupName(), r.strategyAsString(), r.partitionCount(), r.spreadLevelAsString(),
                Ec2Wire.tagsFor(r.tagSpecifications(), "placement-group"));
        return CreatePlacementGroupResponse.builder().placementGroup(toSdk(group)).build();
    }

    @AwsAction(WireService.EC2)
    DeletePlacementGroupResponse deletePlacementGroup(DeletePlacementGroupRequest r, Scope scope) {
        groups.delete(scope, r.groupName(), r.groupName() == null ? java.util.List.of() : instances.inPlacementGroup(scope, r.groupName()));
        return DeletePlacementGroupResponse.builder().build();
    }

    @AwsAction(WireService.EC2)
    DescribePlacementGroupsResponse describePlacementGroups(DescribePlacementGroupsRequest r, Scope scope) {
        Page<Tagged<PlacementGroup>> page = groups.describe(scope, r.groupNames(), Ec2Wire.query(r.groupIds(), r.filters(), null, null));
        return DescribePlacementGroupsResponse.builder().placementGroups(page.items().stream().map(PlacementGroupActions::toSdk).toList()).build();
    }

    static software.amazon.awssdk.services.ec2.model.PlacementGroup toSdk(Tagged<PlacementGroup> tagged) {
        PlacementGroup g = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.PlacementGroup.builder().groupName(g.getGroupName()).groupId(g.getId())
                .groupArn(g.arn()).state("available").strategy(g.getStrategy()).partitionCount(g.getPartitionCount())
                .spreadLevel(g.getSpreadLevel()).tags(Ec2Wire.tags(tagged.tags())).build();
    }
}
