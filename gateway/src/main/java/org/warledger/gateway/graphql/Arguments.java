package org.warledger.gateway.graphql;

import java.util.regex.Pattern;

/**
 * Checks of the arguments the gateway passes on, made before any backend call: ids are UUIDs, cursors are cursors, and
 * filter texts are short, printable text. A refusal is a {@link Pages.BadArgument} naming the argument.
 */
final class Arguments {

    /** The longest filter text (actor, claimant, donor, q, …): as long as the longest name a service stores. */
    static final int MAX_TEXT = 200;
    /** The longest cursor: the services' cursors are about 70 characters. */
    static final int MAX_CURSOR = 200;

    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Arguments() {
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

    /** A cursor of a connection ({@code pageInfo.endCursor}); null for the first page. */
    static String cursor(String argument, String value) {
        if (value != null && (value.length() > MAX_CURSOR || Cursors.read(value) == null)) {
            throw new Pages.BadArgument(argument, "is not a cursor of this connection");
        }
        return value;
    }
}
