package dev.netsim.route53.account;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Route 53's smaller resources of other packages (DNSSEC keys and status, traffic policies and their instances), kept as documents of their kind. */
@Component
public class Route53Documents {

    private final Route53ResourceRepository resources;

    Route53Documents(Route53ResourceRepository resources) {
        this.resources = resources;
    }

    /** Stores the document, replacing the one of that kind and id. */
    @Transactional
    public void save(String kind, String id, String account, String zoneId, Object body) {
        resources.findById(new Route53Resource.Key(kind, id)).ifPresentOrElse(existing -> existing.replace(body),
                () -> resources.save(new Route53Resource(kind, id, account, zoneId, body)));
    }

    /** Stores a document that belongs to the account, not to a zone. */
    @Transactional
    public void saveForAccount(String kind, String id, String account, Object body) {
        save(kind, id, account, null, body);
    }

    @Transactional(readOnly = true)
    public <T> List<T> ofAccount(String kind, String account, Class<T> type) {
        return resources.findByKindAndAccountOrderById(kind, account).stream().map(r -> r.body(type)).toList();
    }

    /** The documents of a kind in every account. */
    @Transactional(readOnly = true)
    public <T> List<T> all(String kind, Class<T> type) {
        return resources.findByKindOrderById(kind).stream().map(r -> r.body(type)).toList();
    }

    @Transactional(readOnly = true)
    public <T> List<T> ofZone(String kind, String zoneId, Class<T> type) {
        return resources.findByKindAndZoneIdOrderById(kind, zoneId).stream().map(r -> r.body(type)).toList();
    }

    @Transactional
    public void delete(String kind, String id) {
        resources.deleteById(new Route53Resource.Key(kind, id));
    }
}
