package dev.netsim.cloudfront.truststore;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CloudFrontTrustStoreRepository extends JpaRepository<CloudFrontTrustStore, String> {

    List<CloudFrontTrustStore> findByAccountOrderById(String account);

    Optional<CloudFrontTrustStore> findByIdAndAccount(String id, String account);

    Optional<CloudFrontTrustStore> findByAccountAndName(String account, String name);

    long countByAccount(String account);
}
