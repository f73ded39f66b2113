package dev.netsim.cloudfront.simulation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OriginObjectRepository extends JpaRepository<OriginObjectRow, OriginObjectRow.Key> {

    List<OriginObjectRow> findByDistributionIdOrderByOriginIdAscPathAsc(String distributionId);

    void deleteByDistributionIdAndOriginId(String distributionId, String originId);
}
