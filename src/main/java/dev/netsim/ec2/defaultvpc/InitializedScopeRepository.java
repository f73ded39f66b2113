package dev.netsim.ec2.defaultvpc;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InitializedScopeRepository extends JpaRepository<InitializedScope, InitializedScope.Key> {
}
