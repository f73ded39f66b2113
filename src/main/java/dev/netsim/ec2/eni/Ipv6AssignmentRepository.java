package dev.netsim.ec2.eni;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ipv6AssignmentRepository extends JpaRepository<Ipv6Assignment, Ipv6Assignment.Key> {

    // ids go as one array parameter (= any), as the other hot lookups by many ids do (docs/decisions.md)
    @Query(value = "select * from network_interface_ipv6_address where interface_id = any(?1) order by address", nativeQuery = true)
    List<Ipv6Assignment> ofInterfaces(String[] interfaceIds);

    List<Ipv6Assignment> findByInterfaceIdOrderByAddress(String interfaceId);
}
