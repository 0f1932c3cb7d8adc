package org.warledger.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last row of a page, in one of the list orders: by the record's main date (newest first), in a
 * {@code changedSince} feed by update time (oldest first), or by name. Clients see it only as an opaque string.
 */
public record PageCursor(Order order, String key, UUID id) {

    public enum Order {
        DATE, UPDATED, NAME
    }

    public LocalDate dateKey() {
        return LocalDate.parse(key);
    }

    public Instant updatedKey() {
        return Instant.parse(key);
    }

    public String encode() {
        String raw = order.name() + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this service issued; anything else is an {@link IllegalArgumentException}. */
    public static PageCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            // order|key|id, where a key (a name) may itself hold '|'.
            int first = raw.indexOf('|');
            int last = raw.lastIndexOf('|');
            if (first < 0 || first == last) {
                throw new IllegalArgumentException("malformed cursor");
            }
            PageCursor cursor = new PageCursor(Order.valueOf(raw.substring(0, first)), raw.substring(first + 1, last),
                    UUID.fromString(raw.substring(last + 1)));
            // Parse the key now so that a forged cursor fails here, not in the query.
            switch (cursor.order) {
            case DATE -> cursor.dateKey();
            case UPDATED -> cursor.updatedKey();
            case NAME -> {
                // Any name.
            }
            }
            return cursor;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor issued by this service", e);
        }
    }
}
