package dev.netsim.route53.zone;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Route53ChangeRepository extends JpaRepository<Route53Change, String> {
}
