package dev.netsim.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;

class FilterEngineTest {

    record Thing(String id, String state, List<String> cidrs, Map<String, String> tags) {
    }

    private static final FilterSpec<Thing> SPEC = FilterSpec.<Thing>builder(Thing::tags)
            .on("id", Thing::id)
            .on("state", Thing::state)
            .onEach("cidr", t -> List.copyOf(t.cidrs()))
            .build();

    private static final List<Thing> THINGS = List.of(
            new Thing("a", "available", List.of("10.0.0.0/16"), Map.of("Name", "web-1", "Env", "prod")),
            new Thing("b", "pending", List.of("10.1.0.0/16", "10.2.0.0/16"), Map.of("Name", "db", "Env", "")),
            new Thing("c", "available", List.of(), Map.of()));

    /** Table: filters as name=v1|v2 joined by ';' → the ids that match. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', value = {
            "state=available > a c",
            "state=available|pending > a b c",
            "state=available;id=c > c",
            "cidr=10.2.0.0/16 > b",
            "cidr=10.* > a b",
            "tag:Name=web-? > a",
            "tag:Name=web* > a",
            "tag:Name=* > a b",
            "tag:Env= > b",
            "tag-key=Env > a b",
            "tag-value=db > b",
            "id=\\* > ''",
            "state=Available > ''",
    })
    void filtersAreAndedValuesOredWildcardsApply(String filters, String expected) {
        List<Filter> parsed = java.util.Arrays.stream(filters.split(";")).map(f -> {
            String[] nv = f.split("=", 2);
            return new Filter(nv[0], List.of(nv[1].split("\\|", -1)));
        }).toList();
        List<String> ids = FilterEngine.apply(parsed, SPEC, THINGS).stream().map(Thing::id).toList();
        assertThat(String.join(" ", ids)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"colour", "'tag'", "State"})
    void unknownFilterNamesAreErrorsNamingTheFilter(String name) {
        assertThatThrownBy(() -> FilterEngine.apply(List.of(new Filter(name, List.of("x"))), SPEC, THINGS))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameterValue");
                    assertThat(e.getMessage()).contains(name);
                });
    }
}
