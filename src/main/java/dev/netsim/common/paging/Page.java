package dev.netsim.common.paging;

import java.util.List;

/** One page of results and the token of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextToken) {
}
