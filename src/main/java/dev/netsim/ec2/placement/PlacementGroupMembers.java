package dev.netsim.ec2.placement;

import java.util.List;

import dev.netsim.common.Scope;

/** The instances in a placement group, which keep DeletePlacementGroup from deleting it; the instance package answers. */
public interface PlacementGroupMembers {

    List<String> inPlacementGroup(Scope scope, String groupName);
}
