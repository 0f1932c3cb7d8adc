package org.warledger.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.warledger.gateway.config.BatchConfig;

/**
 * Batch look-ups: the distinct keys are split into calls of at most {@code warledger.batches.max-keys} keys and
 * {@code warledger.batches.max-keys-length} characters of URL-encoded keys (so that no request line outgrows what the
 * service accepts); the calls of one look-up run side by side, following the service's pages only when one call cannot
 * hold all. Non-blocking: nothing waits on a thread while a service answers.
 */
@ApplicationScoped
class Batches {

    /** The services' largest page. */
    static final int MAX_PAGE = 500;
    /** A comma between keys, as it is sent: {@code %2C}. */
    private static final int SEPARATOR = 3;

    private final int maxKeys;
    private final int maxLength;

    Batches(BatchConfig config) {
        this.maxKeys = Math.min(config.maxKeys(), MAX_PAGE);
        this.maxLength = config.maxKeysLength();
    }

    /** A look-up by ids: the service answers every id of a call in one page. */
    <T> Uni<List<T>> lookUp(Collection<String> keys, Function<String, Uni<Page<T>>> call) {
        return lookUp(keys,
                (joined, after) -> after == null ? call.apply(joined) : Uni.createFrom().item(Page.empty()));
    }

    <T> Uni<List<T>> lookUp(Collection<String> keys, BiFunction<String, String, Uni<Page<T>>> call) {
        List<String> chunks = chunks(keys);
        if (chunks.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (chunks.size() == 1) {
            return pages(chunks.get(0), null, call, new ArrayList<>());
        }
        List<Uni<List<T>>> parts = new ArrayList<>();
        for (String joined : chunks) {
            parts.add(pages(joined, null, call, new ArrayList<>()));
        }
        return Uni.join().all(parts).andFailFast().map(lists -> {
            List<T> found = new ArrayList<>();
            lists.forEach(found::addAll);
            return found;
        });
    }

    /** The distinct keys, comma-joined into as few calls as the two limits allow, in their first order. */
    List<String> chunks(Collection<String> keys) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int count = 0;
        int length = 0;
        for (String key : new LinkedHashSet<>(keys)) {
            int size = ServiceReads.Query.encode(key).length();
            if (count > 0 && (count == maxKeys || length + SEPARATOR + size > maxLength)) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                count = 0;
                length = 0;
            }
            if (count > 0) {
                chunk.append(',');
                length += SEPARATOR;
            }
            chunk.append(key);
            length += size;
            count++;
        }
        if (count > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
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
