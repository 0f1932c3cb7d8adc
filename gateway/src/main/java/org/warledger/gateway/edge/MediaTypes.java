package org.warledger.gateway.edge;

import java.util.Locale;

/**
 * The media types of GraphQL over HTTP: what a request body may be and which response type an {@code Accept} header
 * asks for (https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types).
 */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    static final String GRAPHQL = "application/graphql";
    static final String PROBLEM_JSON = "application/problem+json";

    /** What a POST body holds. */
    enum Body {
        /** {@code {"query", "operationName", "variables", "extensions"}} */
        JSON,
        /** The document itself, as older clients send it. */
        DOCUMENT
    }

    private MediaTypes() {
    }

    /**
     * The body type of a {@code Content-Type} header, or null when it is missing, another type or names a charset other
     * than UTF-8.
     */
    static Body body(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                String charset = unquote(parameter.substring(equals + 1).trim());
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return null;
                }
            }
        }
        return switch (type) {
        case JSON -> Body.JSON;
        case GRAPHQL -> Body.DOCUMENT;
        default -> null;
        };
    }

    /**
     * The response media type an {@code Accept} header asks for: {@value #GRAPHQL_RESPONSE_JSON} or {@value #JSON} by
     * their quality, a type named explicitly before one matched by a wildcard, the new type when both are named with
     * the same quality; {@value #JSON} when the header is missing or only a wildcard matches (the spec's rule for
     * clients that predate the new type); null when neither is acceptable.
     */
    static String response(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        Match graphql = new Match();
        Match json = new Match();
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            float quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        quality = Float.parseFloat(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            graphql.offer(type, GRAPHQL_RESPONSE_JSON, quality);
            json.offer(type, JSON, quality);
        }
        if (graphql.quality <= 0 && json.quality <= 0) {
            return null;
        }
        if (graphql.quality != json.quality) {
            return graphql.quality > json.quality ? GRAPHQL_RESPONSE_JSON : JSON;
        }
        if (graphql.specificity == json.specificity) {
            return graphql.specificity == Match.EXACT ? GRAPHQL_RESPONSE_JSON : JSON;
        }
        return graphql.specificity > json.specificity ? GRAPHQL_RESPONSE_JSON : JSON;
    }

    /** The {@code Content-Type} of a response of the given media type: always UTF-8. */
    static String withCharset(String mediaType) {
        return mediaType + "; charset=utf-8";
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** The quality a type gets from the most specific range that matches it (RFC 9110, 12.5.1). */
    private static final class Match {
        static final int EXACT = 3;
        float quality;
        int specificity;

        void offer(String range, String type, float rangeQuality) {
            int rank = range.equals(type) ? EXACT
                    : range.equals(type.substring(0, type.indexOf('/')) + "/*") ? 2 : range.equals("*/*") ? 1 : 0;
            if (rank > specificity) {
                specificity = rank;
                quality = rangeQuality;
            }
        }
    }
}
