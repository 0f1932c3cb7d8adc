package org.warledger.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last row of a page, in one of the two list orders: by the record's main date (newest first) or, in
 * a {@code changedSince} feed, by update time (oldest first). Clients see it only as an opaque string.
 */
public record PageCursor(Order order, String key, UUID id) {

    public enum Order {
        DATE, UPDATED
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
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("malformed cursor");
            }
            PageCursor cursor = new PageCursor(Order.valueOf(parts[0]), parts[1], UUID.fromString(parts[2]));
            // Parse the key now so that a forged cursor fails here, not in the query.
            if (cursor.order == Order.DATE) {
                cursor.dateKey();
            } else {
                cursor.updatedKey();
            }
            return cursor;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor issued by this service", e);
        }
    }
}
