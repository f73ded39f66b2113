package dev.netsim.cloudfront.anycast;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnycastIpRepository extends JpaRepository<AnycastIp, String> {

    @Query("select a.address from AnycastIp a where a.listId = ?1 order by a.address")
    List<String> addressesOf(String listId);

    @Query("select a.address from AnycastIp a")
    List<String> allAddresses();
}
