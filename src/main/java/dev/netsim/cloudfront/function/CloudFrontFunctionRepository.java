package dev.netsim.cloudfront.function;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CloudFrontFunctionRepository extends JpaRepository<CloudFrontFunction, CloudFrontFunction.Key> {

    List<CloudFrontFunction> findByKindAndAccountAndStageOrderByName(String kind, String account, String stage);

    List<CloudFrontFunction> findByKindAndAccountAndName(String kind, String account, String name);

    List<CloudFrontFunction> findByKindAndAccountAndId(String kind, String account, String id);

    List<CloudFrontFunction> findByAccount(String account);

    long countByKindAndAccountAndStage(String kind, String account, String stage);
}
