package org.warledger.gateway.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Batch look-ups: one call per 500 distinct keys, following the service's pages only when one call cannot hold all. */
final class Batches {

    /** The services' largest page and largest {@code ids}/{@code eventId} list. */
    static final int MAX = 500;

    private Batches() {
    }

    static <T> List<T> lookUp(Collection<String> keys, Function<String, Page<T>> call) {
        return lookUp(keys, (joined, after) -> after == null ? call.apply(joined) : Page.empty());
    }

    static <T> List<T> lookUp(Collection<String> keys, BiFunction<String, String, Page<T>> call) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        List<T> found = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += MAX) {
            String joined = String.join(",", distinct.subList(start, Math.min(start + MAX, distinct.size())));
            String after = null;
            do {
                Page<T> page = call.apply(joined, after);
                found.addAll(page.items());
                after = page.nextCursor();
            } while (after != null);
        }
        return found;
    }
}
