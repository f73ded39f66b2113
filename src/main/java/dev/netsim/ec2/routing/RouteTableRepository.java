package dev.netsim.ec2.routing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RouteTableRepository extends JpaRepository<RouteTable, String> {

    List<RouteTable> findByAccountAndRegionOrderById(String account, String region);

    List<RouteTable> findByVpcId(String vpcId);

    java.util.Optional<RouteTable> findByIdAndAccountAndRegion(String id, String account, String region);

    /** Tables with a route to the destination (a CIDR or a prefix list id). */
    @org.springframework.data.jpa.repository.Query("select distinct t.id from RouteTable t join t.routes r where r.destinationCidr = ?1")
    List<String> routingTo(String destination);

    /** Tables with a route to the target (an endpoint, a gateway, …). */
    @org.springframework.data.jpa.repository.Query("select distinct t.id from RouteTable t join t.routes r where r.targetId = ?1 order by t.id")
    List<String> routingVia(String targetId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    /** The table a subnet is explicitly associated with, if any. */
    @org.springframework.data.jpa.repository.Query("select t from RouteTable t join t.associations a where a.subnetId = ?1")
    java.util.Optional<RouteTable> associatedWithSubnet(String subnetId);

    /** The table a gateway has its edge association with, if any. */
    @org.springframework.data.jpa.repository.Query("select t from RouteTable t join t.associations a where a.gatewayId = ?1")
    java.util.Optional<RouteTable> associatedWithGateway(String gatewayId);

    /** A deleted subnet's explicit association goes in one statement, without loading its table's associations. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    // native, because Hibernate translates a JPQL update or delete anew on every call
    @org.springframework.data.jpa.repository.Query(value = "delete from route_table_association where subnet_id = ?1", nativeQuery = true)
    void deleteAssociationOfSubnet(String subnetId);

    /** The scope's table that holds an association. */
    @org.springframework.data.jpa.repository.Query("select t from RouteTable t join t.associations a where a.associationId = ?1 "
            + "and t.account = ?2 and t.region = ?3")
    java.util.Optional<RouteTable> holdingAssociation(String associationId, String account, String region);
}
