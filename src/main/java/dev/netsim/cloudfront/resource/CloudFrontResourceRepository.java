package dev.netsim.cloudfront.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CloudFrontResourceRepository extends JpaRepository<CloudFrontResource, CloudFrontResource.Key> {

    List<CloudFrontResource> findByAccountAndKindOrderById(String account, String kind);

    Optional<CloudFrontResource> findByKindAndIdAndAccount(String kind, String id, String account);

    Optional<CloudFrontResource> findByAccountAndKindAndUniqueKey(String account, String kind, String uniqueKey);

    long countByAccountAndKind(String account, String kind);
}
