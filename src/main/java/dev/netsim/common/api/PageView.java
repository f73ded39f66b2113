package dev.netsim.common.api;

import java.util.List;
import java.util.function.Function;

import dev.netsim.common.paging.Page;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a JSON list endpoint; pass {@code nextToken} back to get the next page. */
public record PageView<T>(List<T> items, @Schema(nullable = true, description = "Absent on the last page") String nextToken) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.nextToken());
    }
}
