package dev.netsim.common.clock;

import org.springframework.data.jpa.repository.JpaRepository;

interface SimulationClockRepository extends JpaRepository<SimulationClockRow, String> {
}
