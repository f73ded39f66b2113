package dev.netsim.cloudfront.function;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CloudFrontFunctionRepository extends JpaRepository<CloudFrontFunction, CloudFrontFunction.Key> {

    List<CloudFrontFunction> findByAccountAndStageOrderByName(String account, String stage);

    List<CloudFrontFunction> findByAccountAndName(String account, String name);

    List<CloudFrontFunction> findByAccount(String account);

    long countByAccountAndStage(String account, String stage);
}
