package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Batch look-ups: one call per 500 distinct keys (the calls of one look-up run side by side), following the service's
 * pages only when one call cannot hold all. Non-blocking: nothing waits on a thread while a service answers.
 */
final class Batches {

    /** The services' largest page and largest {@code ids}/{@code eventId} list. */
    static final int MAX = 500;

    private Batches() {
    }

    /** A look-up by ids: the service answers every id of a call in one page. */
    static <T> Uni<List<T>> lookUp(Collection<String> keys, Function<String, Uni<Page<T>>> call) {
        return lookUp(keys,
                (joined, after) -> after == null ? call.apply(joined) : Uni.createFrom().item(Page.empty()));
    }

    static <T> Uni<List<T>> lookUp(Collection<String> keys, BiFunction<String, String, Uni<Page<T>>> call) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<T>>> parts = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += MAX) {
            String joined = String.join(",", distinct.subList(start, Math.min(start + MAX, distinct.size())));
            parts.add(pages(joined, null, call, new ArrayList<>()));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return Uni.join().all(parts).andFailFast().map(lists -> {
            List<T> found = new ArrayList<>();
            lists.forEach(found::addAll);
            return found;
        });
    }

    private static <T> Uni<List<T>> pages(String joined, String after, BiFunction<String, String, Uni<Page<T>>> call,
            List<T> found) {
        return call.apply(joined, after).flatMap(page -> {
            found.addAll(page.items());
            return page.nextCursor() == null ? Uni.createFrom().item(found)
                    : pages(joined, page.nextCursor(), call, found);
        });
    }
}
