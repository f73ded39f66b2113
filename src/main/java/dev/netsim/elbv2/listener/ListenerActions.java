package dev.netsim.elbv2.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbWire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.MutualAuthenticationAttributes;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesResponse;

/** ELBv2 (awsQuery) wire handlers for listeners and their rules. */
@Component
class ListenerActions {

    private final ListenerService listeners;
    private final RuleService rules;

    ListenerActions(ListenerService listeners, RuleService rules) {
        this.listeners = listeners;
        this.rules = rules;
    }

    @AwsAction(WireService.ELBV2)
    CreateListenerResponse createListener(CreateListenerRequest r, Scope scope) {
        Listener listener = listeners.create(scope, r.loadBalancerArn(), spec(r.port(), r.protocolAsString(), r.sslPolicy(),
                r.certificates(), r.alpnPolicy(), r.defaultActions().isEmpty() ? null : ActionWire.fromSdk(r.defaultActions()),
                r.mutualAuthentication()),
                ElbWire.tags(r.tags()));
        return CreateListenerResponse.builder().listeners(toSdk(listener)).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyListenerResponse modifyListener(ModifyListenerRequest r, Scope scope) {
        Listener listener = listeners.modify(scope, r.listenerArn(), spec(r.port(), r.protocolAsString(), r.sslPolicy(), r.certificates(),
                r.alpnPolicy(), r.defaultActions().isEmpty() ? null : ActionWire.fromSdk(r.defaultActions()), r.mutualAuthentication()));
        return ModifyListenerResponse.builder().listeners(toSdk(listener)).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeListenersResponse describeListeners(DescribeListenersRequest r, Scope scope) {
        Page<Listener> page = listeners.describe(scope, r.loadBalancerArn(), r.listenerArns(), r.pageSize(), r.marker());
        return DescribeListenersResponse.builder().listeners(page.items().stream().map(ListenerActions::toSdk).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteListenerResponse deleteListener(DeleteListenerRequest r, Scope scope) {
        listeners.delete(scope, r.listenerArn());
        return DeleteListenerResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeListenerAttributesResponse describeListenerAttributes(DescribeListenerAttributesRequest r, Scope scope) {
        return DescribeListenerAttributesResponse.builder().attributes(attributes(listeners.get(scope, r.listenerArn()).attributes())).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyListenerAttributesResponse modifyListenerAttributes(ModifyListenerAttributesRequest r, Scope scope) {
        Map<String, String> changes = ElbWire.changes(r.attributes(), ListenerAttribute::key, ListenerAttribute::value);
        return ModifyListenerAttributesResponse.builder().attributes(attributes(listeners.modifyAttributes(scope, r.listenerArn(), changes))).build();
    }

    private static List<ListenerAttribute> attributes(Map<String, String> attributes) {
        return ElbWire.attributes(attributes, (k, v) -> ListenerAttribute.builder().key(k).value(v).build());
    }

    @AwsAction(WireService.ELBV2)
    AddListenerCertificatesResponse addListenerCertificates(AddListenerCertificatesRequest r, Scope scope) {
        List<String> all = listeners.addCertificates(scope, r.listenerArn(), r.certificates().stream().map(Certificate::certificateArn).toList());
        return AddListenerCertificatesResponse.builder().certificates(certificates(all)).build();
    }

    @AwsAction(WireService.ELBV2)
    RemoveListenerCertificatesResponse removeListenerCertificates(RemoveListenerCertificatesRequest r, Scope scope) {
        listeners.removeCertificates(scope, r.listenerArn(), r.certificates().stream().map(Certificate::certificateArn).toList());
        return RemoveListenerCertificatesResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeListenerCertificatesResponse describeListenerCertificates(DescribeListenerCertificatesRequest r, Scope scope) {
        // at most 25, so one page always holds them
        return DescribeListenerCertificatesResponse.builder().certificates(certificates(listeners.get(scope, r.listenerArn()).certificates()))
                .build();
    }

    /** The first certificate is the listener's default. */
    private static List<Certificate> certificates(List<String> arns) {
        return java.util.stream.IntStream.range(0, arns.size())
                .mapToObj(i -> Certificate.builder().certificateArn(arns.get(i)).isDefault(i == 0).build()).toList();
    }

    @AwsAction(WireService.ELBV2)
    CreateRuleResponse createRule(CreateRuleRequest r, Scope scope) {
        RuleService.RuleView rule = rules.create(scope, r.listenerArn(), r.priority(), ActionWire.conditionsFromSdk(r.conditions()),
                ActionWire.fromSdk(r.actions()), ElbWire.tags(r.tags()));
        return CreateRuleResponse.builder().rules(toSdk(rule)).build();
    }

    @AwsAction(WireService.ELBV2)
    DescribeRulesResponse describeRules(DescribeRulesRequest r, Scope scope) {
        Page<RuleService.RuleView> page = rules.describe(scope, r.listenerArn(), r.ruleArns(), r.pageSize(), r.marker());
        return DescribeRulesResponse.builder().rules(page.items().stream().map(ListenerActions::toSdk).toList())
                .nextMarker(page.nextToken()).build();
    }

    @AwsAction(WireService.ELBV2)
    ModifyRuleResponse modifyRule(ModifyRuleRequest r, Scope scope) {
        RuleService.RuleView rule = rules.modify(scope, r.ruleArn(), ActionWire.conditionsFromSdk(r.conditions()), ActionWire.fromSdk(r.actions()));
        return ModifyRuleResponse.builder().rules(toSdk(rule)).build();
    }

    @AwsAction(WireService.ELBV2)
    DeleteRuleResponse deleteRule(DeleteRuleRequest r, Scope scope) {
        rules.delete(scope, r.ruleArn());
        return DeleteRuleResponse.builder().build();
    }

    @AwsAction(WireService.ELBV2)
    SetRulePrioritiesResponse setRulePriorities(SetRulePrioritiesRequest r, Scope scope) {
        Map<String, Integer> priorities = new LinkedHashMap<>();
        r.rulePriorities().forEach(p -> priorities.put(p.ruleArn(), p.priority()));
        return SetRulePrioritiesResponse.builder().rules(rules.setPriorities(scope, priorities).stream().map(ListenerActions::toSdk).toList())
                .build();
    }

    private static ListenerService.ListenerSpec spec(Integer port, String protocol, String sslPolicy, List<Certificate> certificates,
                                                     List<String> alpn, List<ActionDoc> defaultActions, MutualAuthenticationAttributes mtls) {
        return new ListenerService.ListenerSpec(port, protocol, sslPolicy, certificates.stream().map(Certificate::certificateArn).toList(),
                alpn.isEmpty() ? null : alpn.get(0), defaultActions, mtls == null ? null
                : new MutualAuthentication(mtls.mode(), mtls.trustStoreArn(), mtls.ignoreClientCertificateExpiry(), mtls.advertiseTrustStoreCaNamesAsString()));
    }

    private static MutualAuthenticationAttributes toSdk(MutualAuthentication m) {
        return m == null ? null : MutualAuthenticationAttributes.builder().mode(m.mode()).trustStoreArn(m.trustStoreArn())
                .ignoreClientCertificateExpiry(m.ignoreClientCertificateExpiry()).advertiseTrustStoreCaNames(m.advertiseTrustStoreCaNames())
                .trustStoreAssociationStatus(m.verifies() ? "active" : null).build();
    }

    private static software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener toSdk(Listener l) {
        return software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener.builder()
                .listenerArn(l.getArn())
                .loadBalancerArn(l.getLoadBalancerArn())
                .port(l.getPort())
                .protocol(l.getProtocol() == null ? "GENEVE" : l.getProtocol())
                .sslPolicy(l.getSslPolicy())
                .certificates(l.certificates().stream().map(c -> Certificate.builder().certificateArn(c).build()).toList())
                .alpnPolicy(l.getAlpnPolicy() == null ? List.of() : List.of(l.getAlpnPolicy()))
                .defaultActions(ActionWire.toSdk(l.defaultActions()))
                .mutualAuthentication(toSdk(l.mutualAuthentication()))
                .build();
    }

    private static Rule toSdk(RuleService.RuleView rule) {
        return Rule.builder().ruleArn(rule.arn()).priority(rule.isDefault() ? "default" : String.valueOf(rule.priority()))
                .conditions(ActionWire.conditionsToSdk(rule.conditions())).actions(ActionWire.toSdk(rule.actions()))
                .isDefault(rule.isDefault()).build();
    }
}
