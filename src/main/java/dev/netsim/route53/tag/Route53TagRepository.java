package dev.netsim.route53.tag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Route53TagRepository extends JpaRepository<Route53Tag, Route53Tag.Key> {

    List<Route53Tag> findByResourceTypeAndResourceIdInOrderByTagKey(String resourceType, Collection<String> resourceIds);
}
