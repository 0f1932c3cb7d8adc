package org.warledger.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.warledger.platform.failure.Refusals;
import org.warledger.platform.paging.PageConfig;
import org.warledger.platform.paging.PageCursor;
import org.warledger.platform.text.TextPolicy;

/**
 * Reads list query parameters as text and turns what cannot be used into a 400 with a field violation. (JAX-RS answers
 * an unconvertible parameter with 404, which would tell a client its typo is a missing resource.)
 */
@ApplicationScoped
public class QueryParameters {

    static final int MAX_IDS = 500;
    private static final int MAX_TEXT = 500;
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private final PageConfig config;

    public QueryParameters(PageConfig config) {
        this.config = config;
    }

    public int limit(String text) {
        return whole("limit", text, 1, config.maxLimit(), config.defaultLimit());
    }

    /** The size of one part of an export: default 1,000, at most 10,000. */
    public int exportLimit(String text) {
        return whole("limit", text, 1, 10_000, 1_000);
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when the parameter is not given. */
    public Integer whole(String name, String text, int min, int max, Integer absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Refusals.badQueryParameter(name, "must be a whole number from " + min + " to " + max);
    }

    public PageCursor cursor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PageCursor.decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.badQueryParameter("after", "not a cursor from this list; use nextCursor as given");
        }
    }

    public Set<UUID> ids(String name, String text) {
        if (text == null) {
            throw Refusals.badQueryParameter(name, "must hold from 1 to " + MAX_IDS + " ids");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(UUID::fromString)
                    .forEach(ids::add);
        } catch (IllegalArgumentException e) {
            throw Refusals.badQueryParameter(name, "must be comma-separated UUIDs");
        }
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw Refusals.badQueryParameter(name, "must hold from 1 to " + MAX_IDS + " ids");
        }
        return ids;
    }

    /** One id, or null when absent. */
    public UUID id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.badQueryParameter(name, "must be a UUID");
        }
    }

    public LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.badQueryParameter(name, "must be an ISO date such as 2024-11-19");
        }
    }

    public Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.badQueryParameter(name, "must be an ISO instant such as 2024-11-19T12:00:00Z");
        }
    }

    /** A yes/no switch: absent is false; otherwise exactly {@code true} or {@code false}. */
    public boolean flag(String name, String text) {
        if (text == null) {
            return false;
        }
        return switch (text.strip()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw Refusals.badQueryParameter(name, "must be true or false");
        };
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.badQueryParameter(name,
                    "must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
        }
    }

    public String country(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip();
        if (!COUNTRIES.contains(code) && !"XK".equals(code)) {
            throw Refusals.badQueryParameter(name, "must be an ISO 3166-1 alpha-2 country code such as UA");
        }
        return code;
    }

    /** A party: an ISO 3166-1 alpha-2 country code or an organisation's upper-case code such as NATO or EU. */
    public String party(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip();
        if (!code.matches("[A-Z]{2,12}")) {
            throw Refusals.badQueryParameter(name,
                    "must be a country code such as UA or an organisation code such as NATO");
        }
        return code;
    }

    /** A cursor of the given list order; one from another order cannot continue this list. */
    public PageCursor cursor(String text, PageCursor.Order order) {
        PageCursor cursor = cursor(text);
        if (cursor != null && cursor.order() != order) {
            throw Refusals.badQueryParameter("after", "this cursor belongs to a list in another order");
        }
        return cursor;
    }

    /**
     * Free text, held to the {@link TextPolicy} as body strings are: control characters and unpaired surrogates are a
     * 400, the rest is normalised to NFC; blank (by the Unicode definition) is absent.
     */
    public String text(String name, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw Refusals.badQueryParameter(name, "must be at most " + MAX_TEXT + " characters");
        }
        String accepted;
        try {
            accepted = TextPolicy.accept(text);
        } catch (TextPolicy.Refused e) {
            throw Refusals.badQueryParameter(name, e.getMessage());
        }
        return TextPolicy.isBlank(accepted) ? null : accepted.strip();
    }

    /** A name that identifies something (an actor, claimant, tag): text, and no invisible or formatting characters. */
    public String name(String name, String text) {
        String accepted = text(name, text);
        String problem = accepted == null ? null : TextPolicy.nameProblem(accepted);
        if (problem != null) {
            throw Refusals.badQueryParameter(name, problem);
        }
        return accepted;
    }

    /** One of a fixed set of words; absent or blank gives the default. */
    public String choice(String name, String text, Set<String> allowed, String absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String word = text.strip();
        if (!allowed.contains(word)) {
            throw Refusals.badQueryParameter(name, "must be one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return word;
    }

    /**
     * Whether the request names the parameter at all, even empty: {@code ?ids=} is a look-up of no ids, which is a 400,
     * not a request for the whole list.
     */
    public static boolean present(UriInfo uri, String name) {
        return uri.getQueryParameters().containsKey(name);
    }

    /** The version in an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    public long version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw Refusals.preconditionFailed("If-Match must carry the version as an entity tag, such as \"3\"");
        }
    }
}
