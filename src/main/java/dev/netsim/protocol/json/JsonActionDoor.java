package dev.netsim.protocol.json;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.protocol.ActionRegistry;
import dev.netsim.protocol.WireActionInvoker;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any wire action of a service run from JSON: the body binds to the action's SDK request shape
 * with its AWS member names, the same handler runs in the same transaction (DryRun included), and
 * the response shape comes back as JSON. The per-service controllers only give it a path.
 */
@Component
public class JsonActionDoor {

    private final ActionRegistry actions;
    private final WireActionInvoker invoker;

    public JsonActionDoor(ActionRegistry actions, WireActionInvoker invoker) {
        this.actions = actions;
        this.invoker = invoker;
    }

    public List<String> actions(WireService service) {
        return actions.actions(service);
    }

    public ObjectNode run(WireService service, Scope scope, String action, JsonNode body) {
        ActionRegistry.Handler handler = actions.find(service, action).orElseThrow(() -> new AwsException("InvalidAction",
                "The action " + action + " is not valid for this web service, or Netsim does not support it yet.", 404));
        Object request = ShapeJsonBinder.bind(handler.newRequestBuilder(), body);
        boolean dryRun = body != null && body.path("DryRun").asBoolean(false);
        SdkPojo response = invoker.invoke(service, handler, request, scope, dryRun);
        return ShapeJsonWriter.write(response);
    }
}
