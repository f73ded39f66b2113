package dev.netsim.cloudfront.policy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourcePolicyRepository extends JpaRepository<ResourcePolicyRow, String> {
}
