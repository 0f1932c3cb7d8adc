package org.warledger.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Cursors of the Relay connections. They are the services' own keyset cursors (newest first by the record's main date,
 * then id), so that every edge has one and a page can start after any of them.
 */
final class Cursors {

    private Cursors() {
    }

    static String of(LocalDate date, String id) {
        String raw = "DATE|" + date + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for, or null for an unreadable one. */
    static Position read(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals("DATE")) {
                return null;
            }
            return new Position(LocalDate.parse(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Where an item stands in the newest-first order: later date first, then greater id first. */
    record Position(LocalDate date, String id) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            int byDate = other.date.compareTo(date);
            return byDate != 0 ? byDate : other.id.compareTo(id);
        }
    }
}
