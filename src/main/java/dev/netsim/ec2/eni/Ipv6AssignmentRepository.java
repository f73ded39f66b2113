package dev.netsim.ec2.eni;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Ipv6AssignmentRepository extends JpaRepository<Ipv6Assignment, Ipv6Assignment.Key> {

    List<Ipv6Assignment> findByInterfaceIdInOrderByAddress(Collection<String> interfaceIds);

    List<Ipv6Assignment> findByInterfaceIdOrderByAddress(String interfaceId);
}
