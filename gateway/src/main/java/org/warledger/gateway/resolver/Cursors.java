package org.warledger.gateway.resolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The cursors the gateway hands out. A service's cursor is opaque: the gateway never reads it, it keeps it as the
 * service sent it ({@code nextCursor}) and asks the service for the page after it. Since a service gives a cursor only
 * for the end of a page, a position inside a page is that page's cursor plus how many of its items were already handed
 * out ({@link Position}). A connection's cursor is base64url of a small JSON object naming the connection and holding
 * one position; the timeline's holds one position per service.
 */
final class Cursors {

    static final String EVENTS = "events";
    static final String CASUALTY_CLAIMS = "casualtyClaims";
    static final String AID_PLEDGES = "aidPledges";
    static final String CLAIMANTS = "claimants";
    static final String ARTICLES = "articles";
    static final String TIMELINE = "timeline";

    /** The longest cursor of a service the gateway carries: the services' cursors are about 70 characters. */
    static final int MAX_SERVICE_CURSOR = 200;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private Cursors() {
    }

    /**
     * A place in a service's list: after the service's own cursor {@code after} (null: from the list's start), less the
     * first {@code skip} items of the page there, which were handed out already.
     */
    record Position(String after, int skip) {

        static final Position START = new Position(null, 0);

        boolean valid() {
            return skip >= 0 && skip <= Pages.SERVICE_PAGE && (after == null || printable(after));
        }

        private static boolean printable(String cursor) {
            if (cursor.isEmpty() || cursor.length() > MAX_SERVICE_CURSOR) {
                return false;
            }
            return cursor.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        }
    }

    /** The JSON of a connection's cursor: the connection and a position in its service's list. */
    record Single(String connection, String after, int skip) {
    }

    /** The JSON of the timeline's cursor: a position in each service's list, in the order of {@link #TIMELINE}. */
    record Merged(String connection, List<Position> services) {
    }

    static String of(String connection, Position position) {
        return encode(new Single(connection, position.after(), position.skip()));
    }

    static String ofTimeline(List<Position> positions) {
        return encode(new Merged(TIMELINE, positions));
    }

    /** The position of a connection's cursor, or null when it is not a cursor of that connection. */
    static Position read(String connection, String cursor) {
        Single single = decode(cursor, Single.class);
        if (single == null || !connection.equals(single.connection())) {
            return null;
        }
        Position position = new Position(single.after(), single.skip());
        return position.valid() ? position : null;
    }

    /** The positions of a timeline cursor (one per service), or null when it is not one. */
    static List<Position> readTimeline(String cursor, int services) {
        Merged merged = decode(cursor, Merged.class);
        if (merged == null || !TIMELINE.equals(merged.connection()) || merged.services() == null
                || merged.services().size() != services
                || !merged.services().stream().allMatch(p -> p != null && p.valid())) {
            return null;
        }
        return merged.services();
    }

    private static String encode(Object value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T decode(String cursor, Class<T> type) {
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), type);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
