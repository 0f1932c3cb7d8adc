package org.warledger.gateway.resolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.warledger.gateway.schema.Event;

/**
 * The events a query has read so far, so that a later field of the same query asks event-service only for those it has
 * not: the events of the composed query's claims are the events it listed, and {@code CasualtyClaim.event} of a listed
 * event's claims costs no call at all. Kept in the execution's own context, so nothing outlives the request or passes
 * from one request to another; a read is reused only with all the properties the later field asks for, and only in a
 * query (a mutation may change an event between two of its fields).
 */
@ApplicationScoped
class ReadEvents {

    private final Instance<Context> context;

    ReadEvents(Instance<Context> context) {
        this.context = context;
    }

    /** The events of the query being resolved; {@link Known#NONE} outside a query. */
    Known known() {
        DataFetchingEnvironment environment = Resolving.environment(context);
        if (environment == null || environment.getOperationDefinition() == null
                || environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            return Known.NONE;
        }
        GraphQLContext request = environment.getGraphQlContext();
        return request == null ? Known.NONE : request.computeIfAbsent(Known.class, key -> new Known());
    }

    /** Events read in one query, each with the properties it was read with. */
    static class Known {

        /** Remembers and reuses nothing. */
        static final Known NONE = new Known() {
            @Override
            void remember(String fields, Collection<Event> events) {
            }
        };

        /** An event as read: {@code fields} null when it came whole. */
        private record Read(Set<String> fields, Event event) {
        }

        /** The properties of each {@code fields=} seen; few, as documents select few sets of fields. */
        private static final Cache<String, Set<String>> PROPERTIES = Caffeine.newBuilder().maximumSize(1_000).build();

        private final Map<String, Read> byId = new ConcurrentHashMap<>();

        /** Remembers events read with this {@code fields=} (null: whole). */
        void remember(String fields, Collection<Event> events) {
            Set<String> properties = properties(fields);
            for (Event event : events) {
                if (event != null && event.id() != null) {
                    byId.merge(event.id(), new Read(properties, event), Known::fuller);
                }
            }
        }

        /**
         * The events of these ids read before with at least the properties of {@code fields} (null: whole), by id; the
         * others are not in the map.
         */
        Map<String, Event> reusable(Collection<String> ids, String fields) {
            Map<String, Event> found = new HashMap<>();
            if (byId.isEmpty()) {
                return found;
            }
            Set<String> wanted = properties(fields);
            for (String id : ids) {
                Read read = byId.get(id);
                if (read != null && (read.fields() == null || wanted != null && read.fields().containsAll(wanted))) {
                    found.put(id, read.event());
                }
            }
            return found;
        }

        /** Of two reads of one event, the one with more properties. */
        private static Read fuller(Read kept, Read next) {
            if (kept.fields() == null) {
                return kept;
            }
            return next.fields() == null || next.fields().containsAll(kept.fields()) ? next : kept;
        }

        private static Set<String> properties(String fields) {
            return fields == null ? null : PROPERTIES.get(fields, f -> Arrays.stream(f.split(",")).map(String::trim)
                    .filter(p -> !p.isEmpty()).collect(Collectors.toUnmodifiableSet()));
        }
    }
}
