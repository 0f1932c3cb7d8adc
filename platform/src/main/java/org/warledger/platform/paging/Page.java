package org.warledger.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list; pass {@code nextCursor} as {@code after} to read the next one. Null when there is none. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * A page from rows fetched one beyond {@code limit}: the extra row only says that a next page exists, which then
     * starts after the position of the page's last row.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, PageCursor> positionOf, Function<E, T> view) {
        List<E> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? positionOf.apply(items.get(limit - 1)).encode() : null;
        return new Page<>(items.stream().map(view).toList(), next);
    }
}
