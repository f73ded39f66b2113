package dev.netsim.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.netsim.support.NetsimIntegrationTest;

/**
 * What the schema promises, on whichever database the suite runs: every foreign key cascades on
 * delete, so that /api/reset may delete table by table in any order (the services, not the
 * schema, refuse to delete what is in use).
 */
class SchemaConventionsTest extends NetsimIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyForeignKeyCascadesOnDelete() {
        List<String> restricting = jdbc.queryForList("select constraint_name from information_schema.referential_constraints "
                + "where lower(constraint_schema) = lower(current_schema()) and upper(delete_rule) <> 'CASCADE'", String.class);
        assertThat(restricting).isEmpty();
    }
}
