package org.warledger.gateway.resolver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of the arguments the gateway passes on, made before any backend call: ids are UUIDs, cursors are cursors, and
 * filter texts are short, printable text. A refusal is a {@link Pages.BadArgument} naming the argument.
 */
final class Arguments {

    /** The longest filter text (actor, claimant, donor, q, …): as long as the longest name a service stores. */
    static final int MAX_TEXT = 200;
    /** The longest cursor: the gateway's are up to about 450 characters (the timeline's holds three services'). */
    static final int MAX_CURSOR = 1000;

    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Reads a JSON argument strictly: one value, nothing after it, no member twice. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Arguments() {
    }

    /** An argument holding a JSON object as text: the object; null stays null (the argument was not given). */
    static JsonNode jsonObject(String argument, String value) {
        if (value == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new Pages.BadArgument(argument, "is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Pages.BadArgument(argument, "must be a JSON object");
        }
        return node;
    }

    /** An id argument: null stays null (the argument was not given), anything else must be a UUID. */
    static String id(String argument, String value) {
        if (value != null && (value.length() != 36 || !UUID.matcher(value).matches())) {
            throw new Pages.BadArgument(argument, "must be a UUID");
        }
        return value;
    }

    /** A filter text: at most {@link #MAX_TEXT} characters, no control characters, no unpaired surrogates. */
    static String text(String argument, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new Pages.BadArgument(argument, "must be at most " + MAX_TEXT + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new Pages.BadArgument(argument,
                        "must not contain control characters (U+" + String.format("%04X", (int) c) + " at " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Pages.BadArgument(argument, "must not contain an unpaired surrogate (at " + i + ")");
            }
        }
        return value;
    }

    /** A number argument within {@code min} to {@code max}; null stays null (the service's default applies). */
    static Integer range(String argument, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new Pages.BadArgument(argument, "must be from " + min + " to " + max);
        }
        return value;
    }

    /**
     * A list of filter texts: at most {@code max} of them, each a {@link #text} and not null; null is the empty list.
     */
    static List<String> texts(String argument, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw new Pages.BadArgument(argument, "must hold at most " + max + " names");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new Pages.BadArgument(argument + "[" + i + "]", "must not be null");
            }
            text(argument + "[" + i + "]", values.get(i));
        }
        return values;
    }

    /** A cursor of a connection ({@code pageInfo.endCursor}): its position; the start for null (the first page). */
    static Cursors.Position cursor(String argument, String connection, String value) {
        if (value == null) {
            return Cursors.Position.START;
        }
        Cursors.Position position = value.length() > MAX_CURSOR ? null : Cursors.read(connection, value);
        if (position == null) {
            throw notACursor(argument);
        }
        return position;
    }

    /** A cursor of the timeline: a position in each of the {@code services}; all at the start for null. */
    static List<Cursors.Position> timelineCursor(String argument, String value, int services) {
        if (value == null) {
            return java.util.Collections.nCopies(services, Cursors.Position.START);
        }
        List<Cursors.Position> positions = value.length() > MAX_CURSOR ? null : Cursors.readTimeline(value, services);
        if (positions == null) {
            throw notACursor(argument);
        }
        return positions;
    }

    private static Pages.BadArgument notACursor(String argument) {
        return new Pages.BadArgument(argument, "is not a cursor of this connection");
    }
}
