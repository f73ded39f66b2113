package dev.netsim.ec2.prefixlist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManagedPrefixListRepository extends JpaRepository<ManagedPrefixList, String> {

    List<ManagedPrefixList> findByAccountAndRegionOrderById(String account, String region);

    Optional<ManagedPrefixList> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<ManagedPrefixList> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);
}
