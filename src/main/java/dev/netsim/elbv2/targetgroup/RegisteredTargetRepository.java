package dev.netsim.elbv2.targetgroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegisteredTargetRepository extends JpaRepository<RegisteredTarget, RegisteredTarget.Key> {

    List<RegisteredTarget> findByTargetGroupArnOrderByTargetIdAscPortAsc(String targetGroupArn);

    @Modifying
    @Query("delete from RegisteredTarget t where t.targetGroupArn = ?1")
    void deleteAllOfGroup(String targetGroupArn);
}
