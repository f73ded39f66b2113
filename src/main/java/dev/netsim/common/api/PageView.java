package dev.netsim.common.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a JSON list endpoint; pass {@code nextToken} back to get the next page. */
public record PageView<T>(List<T> items, @Schema(nullable = true, description = "Absent on the last page") String nextToken) {
}
