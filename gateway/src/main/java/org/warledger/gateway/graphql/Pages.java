package org.warledger.gateway.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.function.Function;
import org.warledger.gateway.client.Page;

/** Page sizes and the mapping of a service page onto a Relay connection. */
final class Pages {

    static final int DEFAULT_FIRST = 20;
    static final int MAX_FIRST = 100;

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

    static <T, E> Connections.PageInfo info(Page<T> page, List<E> edges, Function<E, String> cursor) {
        return new Connections.PageInfo(page.nextCursor() != null, false,
                edges.isEmpty() ? null : cursor.apply(edges.get(0)),
                edges.isEmpty() ? null : cursor.apply(edges.get(edges.size() - 1)));
    }

    /** An argument the gateway refuses by itself, before any backend call; {@code argument} names it. */
    @ErrorCode("bad-argument")
    static class BadArgument extends RuntimeException {
        private final String argument;
        private final String problem;

        BadArgument(String argument, String problem) {
            super(argument + " " + problem);
            this.argument = argument;
            this.problem = problem;
        }

        String argument() {
            return argument;
        }

        String problem() {
            return problem;
        }
    }
}
