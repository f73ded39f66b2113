package dev.netsim.elbv2.tag;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ElbTagRepository extends JpaRepository<ElbTag, ElbTag.Key> {

    List<ElbTag> findByResourceArnOrderByKey(String resourceArn);

    @Modifying
    @Query("delete from ElbTag t where t.resourceArn = ?1")
    void deleteAllOfResource(String resourceArn);
}
