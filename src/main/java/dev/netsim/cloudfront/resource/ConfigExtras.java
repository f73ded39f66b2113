package dev.netsim.cloudfront.resource;

import java.util.Map;

/**
 * Members of a kind's resource and summary shapes that are neither its id, times nor config
 * members: a VPC origin's own ARN, account and status, and the endpoint ARN its summary names.
 */
public interface ConfigExtras {

    ConfigKind kind();

    /** Member name → value, for the resource shape and its list summary. */
    Map<String, Object> members(String account, ConfigResourceService.Stored stored);
}
