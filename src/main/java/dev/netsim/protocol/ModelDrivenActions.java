package dev.netsim.protocol;

import java.util.Map;

import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Wire actions answered by one handler from the service model's shapes, where many operations share
 * one pattern (CloudFront's Create/Get/GetConfig/Update/Delete/List of a config document with an
 * ETag), instead of one method each. The registry finds these beans beside the {@link AwsAction} methods.
 */
public interface ModelDrivenActions {

    WireService service();

    /** Each operation these actions answer, with its SDK request type ({@code CreateCachePolicyRequest}). */
    Map<String, Class<? extends SdkPojo>> operations();

    SdkPojo handle(String operation, SdkPojo request, Scope scope);
}
