package org.warledger.gateway.resolver;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.warledger.gateway.client.Page;
import org.warledger.gateway.schema.Connections;

/** Page sizes, and Relay connections over the services' pages and their opaque cursors. */
public final class Pages {

    static final int DEFAULT_FIRST = 20;
    static final int MAX_FIRST = 100;
    /** The services' largest page. */
    static final int SERVICE_PAGE = 500;

    private Pages() {
    }

    /** The page size asked for; refused before any backend call when it is out of range. */
    static int first(Integer first) {
        if (first == null) {
            return DEFAULT_FIRST;
        }
        if (first < 1 || first > MAX_FIRST) {
            throw new BadArgument("first", "must be from 1 to " + MAX_FIRST);
        }
        return first;
    }

    /**
     * What a service has at a position: its page after the position's cursor, big enough for {@code size} items past
     * those already handed out (within the services' largest page). When the items handed out fill that whole page, the
     * next page is asked for, after the cursor the service gave.
     */
    static <W> Uni<Slice<W>> slice(Cursors.Position at, int size, BiFunction<Integer, String, Uni<Page<W>>> list) {
        int limit = Math.min(at.skip() + size, SERVICE_PAGE);
        return list.apply(limit, at.after()).flatMap(page -> {
            List<W> items = page.items() == null ? List.of() : page.items();
            if (items.size() <= at.skip() && page.nextCursor() != null && !items.isEmpty()) {
                return slice(new Cursors.Position(page.nextCursor(), at.skip() - items.size()), size, list);
            }
            return Uni.createFrom().item(new Slice<>(at, items, page.nextCursor()));
        });
    }

    /**
     * A service's page asked at a position: {@code items} as the service answered them, of which the first
     * {@code at.skip()} were handed out before, and the service's cursor after the last of them ({@code next}, null
     * when the list ends there).
     */
    record Slice<W>(Cursors.Position at, List<W> items, String next) {

        /** The index of the first item not handed out yet. */
        int start() {
            return Math.min(at.skip(), items.size());
        }

        /** The position just after item {@code index}: the service's own cursor when it is the page's last. */
        Cursors.Position after(int index) {
            if (index == items.size() - 1 && next != null) {
                return new Cursors.Position(next, 0);
            }
            return new Cursors.Position(at.after(), index + 1);
        }

        /** Whether the service has items after item {@code index}, in this page or beyond. */
        boolean moreAfter(int index) {
            return index < items.size() - 1 || next != null;
        }
    }

    /** One Relay connection of a service's list: the edges past the position, each with the cursor after it. */
    static <W, T, E, C> C connection(Slice<W> slice, String connection, Function<W, T> map,
            BiFunction<T, String, E> edge, BiFunction<List<E>, Connections.PageInfo, C> assemble) {
        List<E> edges = new ArrayList<>();
        String first = null;
        String last = null;
        for (int i = slice.start(); i < slice.items().size(); i++) {
            String cursor = Cursors.of(connection, slice.after(i));
            edges.add(edge.apply(map.apply(slice.items().get(i)), cursor));
            first = first == null ? cursor : first;
            last = cursor;
        }
        return assemble.apply(edges, new Connections.PageInfo(slice.next() != null, false, first, last));
    }

    /** An argument the gateway refuses by itself, before any backend call; {@code argument} names it. */
    @ErrorCode("bad-argument")
    public static class BadArgument extends RuntimeException {
        private final String argument;
        private final String problem;

        BadArgument(String argument, String problem) {
            super(argument + " " + problem);
            this.argument = argument;
            this.problem = problem;
        }

        public String argument() {
            return argument;
        }

        public String problem() {
            return problem;
        }
    }
}
