package dev.netsim.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PagerProperties {

    @Property
    void followingTokensVisitEveryItemOnce(@ForAll @IntRange(min = 0, max = 60) int count, @ForAll @IntRange(min = 1, max = 25) int pageSize) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(String.format("id-%03d", i));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<String> page = Pager.page(items, Function.identity(), pageSize, token, "InvalidNextToken");
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).isEqualTo(items);
        assertThat(pages).isEqualTo(Math.max(1, (count + pageSize - 1) / pageSize));
    }

    @Property
    void aPageStaysCorrectWhenItemsBeforeItAreDeleted(@ForAll @IntRange(min = 1, max = 10) int deleted) {
        List<String> items = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"));
        Page<String> first = Pager.page(items, Function.identity(), 5, null, "InvalidNextToken");
        items.subList(0, Math.min(deleted, 5)).clear();
        Page<String> second = Pager.page(items, Function.identity(), 5, first.nextToken(), "InvalidNextToken");
        assertThat(second.items()).containsExactly("f", "g", "h", "i", "j");
    }

    @Property
    void foreignTokensAreRejectedWithTheServicesCode(@ForAll String token) {
        if (token.isEmpty()) {
            return; // an empty token means "first page", as on AWS
        }
        assertThatThrownBy(() -> Pager.page(List.of("a"), Function.identity(), 1, token, "ValidationError"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("ValidationError"));
    }
}
