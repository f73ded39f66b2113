package dev.netsim.ec2.vpc;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InitializedScopeRepository extends JpaRepository<InitializedScope, InitializedScope.Key> {
}
