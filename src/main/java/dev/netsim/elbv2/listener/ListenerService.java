package dev.netsim.elbv2.listener;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbPages;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.loadbalancer.LoadBalancerDependents;
import dev.netsim.elbv2.loadbalancer.LoadBalancerService;
import dev.netsim.elbv2.tag.ElbTagService;
import dev.netsim.elbv2.targetgroup.TargetGroupUsers;
import dev.netsim.elbv2.truststore.TrustStoreUsers;

/**
 * Listeners: one per port of a load balancer, with the protocols its kind supports, certificates for
 * HTTPS and TLS, and default actions checked by {@link ActionValidator}. A target group serves one
 * load balancer at most; deleting a listener deletes its rules.
 */
@Service
@Transactional
public class ListenerService implements LoadBalancerDependents, TargetGroupUsers, TrustStoreUsers {

    private static final Map<String, Set<String>> PROTOCOLS = Map.of(
            "application", Set.of("HTTP", "HTTPS"),
            "network", Set.of("TCP", "TLS", "UDP", "TCP_UDP"),
            "gateway", Set.of());
    static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";
    static final int MAX_LISTENERS = ElbQuotas.LISTENERS_PER_LOAD_BALANCER;

    private final ListenerRepository listeners;
    private final ListenerRuleRepository rules;
    private final LoadBalancerService balancers;
    private final ActionValidator actions;
    private final MutualAuthenticationValidator mutualAuthentication;
    private final ElbTagService tags;
    private final IdGenerator ids;

    public ListenerService(ListenerRepository listeners, ListenerRuleRepository rules, LoadBalancerService balancers, ActionValidator actions,
                           MutualAuthenticationValidator mutualAuthentication, ElbTagService tags, IdGenerator ids) {
        this.mutualAuthentication = mutualAuthentication;
        this.listeners = listeners;
        this.rules = rules;
        this.balancers = balancers;
        this.actions = actions;
        this.tags = tags;
        this.ids = ids;
    }

    /** What CreateListener and ModifyListener set; null leaves a ModifyListener field as it is. */
    public record ListenerSpec(Integer port, String protocol, String sslPolicy, List<String> certificates, String alpnPolicy,
                               List<ActionDoc> defaultActions, MutualAuthentication mutualAuthentication) {
    }

    public Listener create(Scope scope, String loadBalancerArn, ListenerSpec spec, Map<String, String> newTags) {
        LoadBalancer lb = balancers.get(scope, loadBalancerArn);
        tags.validate(newTags);
        List<Listener> existing = listeners.findByLoadBalancerArnOrderByArn(lb.getArn());
        if (existing.size() >= MAX_LISTENERS) {
            throw new AwsException("TooManyListeners", "The quota for the number of listeners per load balancer has been reached (" + MAX_LISTENERS + ")");
        }
        String listenerId = ids.hex(16);
        String base = lb.getArn().replace(":loadbalancer/", ":listener/") + "/" + listenerId;
        String defaultRule = lb.getArn().replace(":loadbalancer/", ":listener-rule/") + "/" + listenerId + "/" + ids.hex(16);
        Listener listener = new Listener(base, scope.account(), scope.region(), lb.getArn(), defaultRule);
        configure(scope, lb, listener, spec, existing, true);
        listeners.save(listener);
        tags.tag(listener.getArn(), newTags);
        return listener;
    }

    public Listener modify(Scope scope, String listenerArn, ListenerSpec spec) {
        Listener listener = get(scope, listenerArn);
        LoadBalancer lb = balancers.get(scope, listener.getLoadBalancerArn());
        List<Listener> others = listeners.findByLoadBalancerArnOrderByArn(lb.getArn()).stream()
                .filter(l -> !l.getArn().equals(listenerArn)).toList();
        ListenerSpec merged = new ListenerSpec(
                spec.port() != null ? spec.port() : listener.getPort(),
                spec.protocol() != null ? spec.protocol() : listener.getProtocol(),
                spec.sslPolicy() != null ? spec.sslPolicy() : listener.getSslPolicy(),
                spec.certificates() != null && !spec.certificates().isEmpty() ? spec.certificates() : listener.certificates(),
                spec.alpnPolicy() != null ? spec.alpnPolicy() : listener.getAlpnPolicy(),
                spec.defaultActions() != null && !spec.defaultActions().isEmpty() ? spec.defaultActions() : listener.defaultActions(),
                spec.mutualAuthentication() != null ? spec.mutualAuthentication() : listener.mutualAuthentication());
        configure(scope, lb, listener, merged, others, false);
        return listener;
    }

    private void configure(Scope scope, LoadBalancer lb, Listener listener, ListenerSpec spec, List<Listener> others, boolean creating) {
        String type = lb.getType();
        Integer port = spec.port();
        String protocol = spec.protocol();
        if (type.equals("gateway")) {
            if (creating && (port != null || protocol != null)) {
                throw ElbErrors.validation("A port and protocol cannot be specified for gateway load balancer listeners");
            }
        } else {
            if (protocol == null) {
                throw ElbErrors.missing("protocol");
            }
            if (port == null) {
                throw ElbErrors.missing("port");
            }
            ElbErrors.inRange(port, port, 1, 65535, "port");
            if (!PROTOCOLS.get(type).contains(protocol)) {
                throw new AwsException("UnsupportedProtocol", "Protocol '" + protocol + "' is not supported by " + type + " load balancers");
            }
        }
        if (others.stream().anyMatch(l -> java.util.Objects.equals(l.getPort(), port))) {
            throw new AwsException("DuplicateListener", "A listener already exists on port " + port + " of this load balancer");
        }
        boolean secure = "HTTPS".equals(protocol) || "TLS".equals(protocol);
        List<String> certificates = spec.certificates() == null ? List.of() : spec.certificates();
        if (secure && certificates.isEmpty()) {
            throw new AwsException("CertificateNotFound", "A certificate must be specified for " + protocol + " listeners");
        }
        certificates.forEach(ListenerService::requireCertificate);
        if (secure) {
            SslPolicies.require(spec.sslPolicy());
        }
        MutualAuthentication mtls = mutualAuthentication.validate(scope, protocol, spec.mutualAuthentication(), others);
        List<ActionDoc> defaults = actions.validate(scope, lb, protocol, spec.defaultActions(), "defaultActions");
        if (!creating && !"HTTPS".equals(protocol) && rules.findByListenerArnOrderByPriority(listener.getArn()).stream()
                .anyMatch(r -> r.actions().stream().anyMatch(ActionDoc::authenticates))) {
            throw new AwsException("InvalidLoadBalancerAction", "The listener's rules authenticate users, which only HTTPS listeners can do");
        }
        requireSingleLoadBalancer(scope, lb, defaults);
        listener.configure(port, protocol, secure ? (spec.sslPolicy() == null ? DEFAULT_SSL_POLICY : spec.sslPolicy()) : null,
                secure ? certificates : List.of(), "TLS".equals(protocol) ? spec.alpnPolicy() : null, defaults, mtls);
    }

    public Map<String, String> modifyAttributes(Scope scope, String listenerArn, Map<String, String> changes) {
        Listener listener = get(scope, listenerArn);
        listener.setAttributes(ListenerAttributes.modified(listener.attributes(), changes));
        return listener.attributes();
    }

    /** Certificates are ACM or IAM certificate ARNs; Netsim has no certificate store to look them up in. */
    private static void requireCertificate(String certificate) {
        if (certificate == null || !certificate.startsWith("arn:aws:acm:") && !certificate.startsWith("arn:aws:iam:")) {
            throw new AwsException("CertificateNotFound", "Certificate '" + certificate + "' not found");
        }
    }

    /** The listener's certificates, the default one first. */
    public List<String> addCertificates(Scope scope, String listenerArn, List<String> added) {
        Listener listener = get(scope, listenerArn);
        if (!"HTTPS".equals(listener.getProtocol()) && !"TLS".equals(listener.getProtocol())) {
            throw ElbErrors.validation("Certificates can be added to HTTPS and TLS listeners only");
        }
        if (added.isEmpty()) {
            throw ElbErrors.missing("certificates");
        }
        added.forEach(ListenerService::requireCertificate);
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(listener.certificates());
        all.addAll(added);
        if (all.size() > ElbQuotas.CERTIFICATES_PER_LOAD_BALANCER) {
            throw new AwsException("TooManyCertificates", "A listener can have at most " + ElbQuotas.CERTIFICATES_PER_LOAD_BALANCER + " certificates");
        }
        listener.setCertificates(List.copyOf(all));
        return listener.certificates();
    }

    public void removeCertificates(Scope scope, String listenerArn, List<String> removed) {
        Listener listener = get(scope, listenerArn);
        List<String> current = listener.certificates();
        if (!current.isEmpty() && removed.contains(current.get(0))) {
            throw new AwsException("OperationNotPermitted", "The default certificate of a listener cannot be removed; change it with ModifyListener");
        }
        listener.setCertificates(current.stream().filter(c -> !removed.contains(c)).toList());
    }

    /** AWS: a target group cannot be associated with more than one load balancer. */
    void requireSingleLoadBalancer(Scope scope, LoadBalancer lb, List<ActionDoc> newActions) {
        Map<String, Set<String>> users = loadBalancersByTargetGroup(scope);
        ActionDoc.forwardedGroups(newActions).forEach(group -> {
            if (users.getOrDefault(group, Set.of()).stream().anyMatch(u -> !u.equals(lb.getArn()))) {
                throw new AwsException("TargetGroupAssociationLimit",
                        "The following target groups cannot be associated with more than one load balancer: " + group);
            }
        });
    }

    @Transactional(readOnly = true)
    public Listener get(Scope scope, String arn) {
        ElbErrors.requireArn(arn, "listener", "listenerArn");
        return listeners.findByArnAndAccountAndRegion(arn, scope.account(), scope.region()).orElseThrow(ListenerService::notFound);
    }

    @Transactional(readOnly = true)
    public Page<Listener> describe(Scope scope, String loadBalancerArn, List<String> arns, Integer pageSize, String marker) {
        if ((loadBalancerArn == null) == arns.isEmpty()) {
            throw ElbErrors.validation("You must specify either listener ARNs or a load balancer ARN");
        }
        List<Listener> selected;
        if (loadBalancerArn != null) {
            selected = listeners.findByLoadBalancerArnOrderByArn(balancers.get(scope, loadBalancerArn).getArn());
        } else {
            selected = listeners.findByAccountAndRegionOrderByArn(scope.account(), scope.region()).stream()
                    .filter(l -> arns.contains(l.getArn())).toList();
            if (selected.size() != Set.copyOf(arns).size()) {
                throw notFound();
            }
        }
        return ElbPages.page(selected, Listener::getArn, pageSize, marker);
    }

    /** A load balancer's listeners, all of them (at most 50). */
    @Transactional(readOnly = true)
    public List<Listener> ofLoadBalancer(String loadBalancerArn) {
        return listeners.findByLoadBalancerArnOrderByArn(loadBalancerArn);
    }

    public void delete(Scope scope, String arn) {
        Listener listener = get(scope, arn);
        deleteListener(listener);
    }

    private void deleteListener(Listener listener) {
        List<ListenerRule> own = rules.findByListenerArnOrderByPriority(listener.getArn());
        own.forEach(r -> tags.forget(r.getArn()));
        rules.deleteAll(own);
        tags.forget(listener.getArn());
        listeners.delete(listener);
    }

    @Override
    public void deleteAllOf(String loadBalancerArn) {
        listeners.findByLoadBalancerArnOrderByArn(loadBalancerArn).forEach(this::deleteListener);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Set<String>> loadBalancersByTargetGroup(Scope scope) {
        Map<String, Set<String>> users = new java.util.HashMap<>();
        Map<String, String> balancerOf = new java.util.HashMap<>();
        for (Listener l : listeners.findByAccountAndRegionOrderByArn(scope.account(), scope.region())) {
            balancerOf.put(l.getArn(), l.getLoadBalancerArn());
            ActionDoc.forwardedGroups(l.defaultActions()).forEach(g -> users.computeIfAbsent(g, k -> new HashSet<>()).add(l.getLoadBalancerArn()));
        }
        for (ListenerRule r : rules.findByAccountAndRegion(scope.account(), scope.region())) {
            ActionDoc.forwardedGroups(r.actions()).forEach(g -> users.computeIfAbsent(g, k -> new HashSet<>()).add(balancerOf.get(r.getListenerArn())));
        }
        return users;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> loadBalancersVerifyingWith(Scope scope, String trustStoreArn) {
        Set<String> users = new java.util.TreeSet<>();
        listeners.findByAccountAndRegionOrderByArn(scope.account(), scope.region()).stream()
                .filter(l -> l.mutualAuthentication() != null && l.mutualAuthentication().verifies()
                        && trustStoreArn.equals(l.mutualAuthentication().trustStoreArn()))
                .forEach(l -> users.add(l.getLoadBalancerArn()));
        return users;
    }

    static AwsException notFound() {
        return new AwsException("ListenerNotFound", "One or more listeners not found");
    }
}
