package dev.netsim.cloudfront.distribution;

import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringSubscriptionRepository extends JpaRepository<MonitoringSubscriptionRow, String> {
}
