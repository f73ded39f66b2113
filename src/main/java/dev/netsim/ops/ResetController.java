package dev.netsim.ops;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.netsim.common.StateResetEvent;
import dev.netsim.common.api.JsonApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/reset}: wipes every account's state, as test suites do between cases. */
@JsonApi
@RestController
@Tag(name = "operations")
public class ResetController {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public ResetController(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @PostMapping("/api/reset")
    @Operation(summary = "Wipe all state of all accounts and regions")
    @Transactional
    public ResponseEntity<Void> reset() {
        // Child tables reference their parents with ON DELETE CASCADE, so any order works. The schema
        // history, the allocation lock rows and the committed-write ledger (which must only grow) are machinery, not state.
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where lower(table_schema) = lower(current_schema()) "
                        + "and lower(table_type) in ('base table', 'table') "
                        + "and lower(table_name) not in ('flyway_schema_history', 'allocation_lock', 'committed_write')", String.class);
        tables.forEach(table -> jdbc.update("delete from " + table));
        events.publishEvent(new StateResetEvent());
        return ResponseEntity.noContent().build();
    }
}
