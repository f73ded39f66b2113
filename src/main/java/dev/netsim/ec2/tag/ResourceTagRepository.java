package dev.netsim.ec2.tag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResourceTagRepository extends JpaRepository<ResourceTag, ResourceTag.Key> {

    List<ResourceTag> findByResourceIdIn(Collection<String> resourceIds);

    List<ResourceTag> findByAccountAndRegionOrderByResourceIdAscKeyAsc(String account, String region);

    @Modifying
    @Query("delete from ResourceTag t where t.resourceId = ?1")
    void deleteAllOfResource(String resourceId);
}
