package dev.netsim.ec2.tag;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResourceTagRepository extends JpaRepository<ResourceTag, ResourceTag.Key> {

    List<ResourceTag> findByResourceIdIn(Collection<String> resourceIds);

    /**
     * Tags of many resources as plain values, in key order: what Describe calls render, with no
     * entities to manage. The ids go as one array parameter ({@code = any}), not an IN list, so the
     * statement is the same whatever their number and is parsed once.
     */
    @Query(value = "select resource_id, tag_key, tag_value from resource_tag where resource_id = any(?1) order by tag_key", nativeQuery = true)
    List<Object[]> valuesOf(String[] resourceIds);

    /** Tags of every resource of one type in a scope, in key order: no id list at all for a Describe of the whole scope. */
    @Query("select new dev.netsim.ec2.tag.ResourceTagRepository$TagValue(t.resourceId, t.key, t.value) from ResourceTag t "
            + "where t.account = ?1 and t.region = ?2 and t.resourceType = ?3 order by t.key")
    List<TagValue> valuesOfType(String account, String region, String resourceType);

    record TagValue(String resourceId, String key, String value) {
    }

    List<ResourceTag> findByAccountAndRegionOrderByResourceIdAscKeyAsc(String account, String region);

    @Query("select t.resourceId from ResourceTag t where t.account = ?1 and t.region = ?2 and t.key = ?3 and t.value in ?4")
    List<String> resourcesWithTag(String account, String region, String key, Collection<String> values);

    @Modifying
    @Query("delete from ResourceTag t where t.resourceId = ?1")
    void deleteAllOfResource(String resourceId);
}
