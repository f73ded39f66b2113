package dev.netsim.elbv2;

import java.util.List;
import java.util.function.Function;

import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/** ELBv2's paging: Marker and PageSize 1-400 (a bad size or marker is a ValidationError), items in their key's order. */
public final class ElbPages {

    private ElbPages() {
    }

    public static <T> Page<T> page(List<T> items, Function<T, String> key, Integer pageSize, String marker) {
        if (pageSize != null && (pageSize < 1 || pageSize > 400)) {
            throw ElbErrors.invalid("pageSize", pageSize, "Member must have value between 1 and 400");
        }
        return Pager.page(items.stream().sorted(java.util.Comparator.comparing(key)).toList(), key, pageSize, marker, "ValidationError");
    }
}
