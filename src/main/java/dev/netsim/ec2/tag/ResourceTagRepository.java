package dev.netsim.ec2.tag;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResourceTagRepository extends JpaRepository<ResourceTag, ResourceTag.Key> {

    List<ResourceTag> findByResourceId(String resourceId);

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

    @Query(value = "select resource_id from resource_tag where account = ?1 and region = ?2 and tag_key = ?3 and tag_value = any(?4)",
            nativeQuery = true)
    List<String> resourcesWithTag(String account, String region, String key, String[] values);

    // native, because Hibernate translates a JPQL update or delete anew on every call
    @Modifying
    @Query(value = "delete from resource_tag where resource_id = ?1", nativeQuery = true)
    void deleteAllOfResource(String resourceId);
}
