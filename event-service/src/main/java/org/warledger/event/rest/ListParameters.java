package org.warledger.event.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.warledger.event.config.WarledgerConfig;
import org.warledger.event.repository.PageCursor;

/**
 * Reads query parameters as text and turns what cannot be used into a 400 with a field violation. (JAX-RS answers an
 * unconvertible parameter with 404, which would tell a client its typo is a missing resource.)
 */
@ApplicationScoped
public class ListParameters {

    static final int MAX_IDS = 500;
    private static final int MAX_TEXT = 500;
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private final WarledgerConfig config;

    public ListParameters(WarledgerConfig config) {
        this.config = config;
    }

    public int limit(String text) {
        if (text == null || text.isBlank()) {
            return config.pages().defaultLimit();
        }
        int max = config.pages().maxLimit();
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.badQueryParameter("limit", "must be a whole number from 1 to " + max);
    }

    public PageCursor cursor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PageCursor.decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.badQueryParameter("after", "not a cursor from this list; use nextCursor as given");
        }
    }

    public Set<UUID> ids(String text) {
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(UUID::fromString)
                    .forEach(ids::add);
        } catch (IllegalArgumentException e) {
            throw Problems.badQueryParameter("ids", "must be comma-separated UUIDs");
        }
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw Problems.badQueryParameter("ids", "must hold from 1 to " + MAX_IDS + " ids");
        }
        return ids;
    }

    public LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badQueryParameter(name, "must be an ISO date such as 2024-11-19");
        }
    }

    public Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badQueryParameter(name, "must be an ISO instant such as 2024-11-19T12:00:00Z");
        }
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, String text) {
        return parseEnum(name, type, text);
    }

    static <E extends Enum<E>> E parseEnum(String name, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.badQueryParameter(name,
                    "must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
        }
    }

    public String country(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip();
        if (!COUNTRIES.contains(code) && !"XK".equals(code)) {
            throw Problems.badQueryParameter("country", "must be an ISO 3166-1 alpha-2 country code such as UA");
        }
        return code;
    }

    public String text(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw Problems.badQueryParameter(name, "must be at most " + MAX_TEXT + " characters");
        }
        return text.strip();
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
            throw Problems.preconditionFailed("If-Match must carry the version as an entity tag, such as \"3\"");
        }
    }
}
