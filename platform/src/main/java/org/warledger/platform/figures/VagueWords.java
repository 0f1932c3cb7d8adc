package org.warledger.platform.figures;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The vague words a figure may be stated with ("thousands", "tens of thousands") and the smallest number each allows,
 * as configured in {@code warledger.figures.vague-words}. A word is looked up ignoring case and runs of white space; a
 * word not in the vocabulary is kept by the services but gives no bound.
 * <p>
 * The default vocabulary reads a plural of a unit as at least two of it ("hundreds" at least 200, "thousands" at least
 * 2,000) and "several" as at least three. ACLED's coding conventions record "dozens" as 12 and "hundreds" as 100: a
 * conservative count to add up across events. Warledger needs the smallest number the words themselves allow, to
 * compare a claim with others, and "hundreds" does not allow 100 to 199. An operator who wants ACLED's figures sets
 * them in the configuration.
 */
public final class VagueWords {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Long> lowerBounds;

    public VagueWords(Map<String, Long> configured) {
        Map<String, Long> bounds = new TreeMap<>();
        configured.forEach((word, bound) -> {
            if (bound == null || bound < 0) {
                throw new IllegalArgumentException("vague word '" + word + "' needs a lower bound of 0 or more");
            }
            bounds.put(key(word), bound);
        });
        this.lowerBounds = Map.copyOf(bounds);
    }

    /** The smallest number the word allows, or null for a word that is not in the vocabulary (or no word). */
    public Long lowerBound(String word) {
        return word == null ? null : lowerBounds.get(key(word));
    }

    /** The vocabulary by lookup key, for documentation and tests. */
    public Map<String, Long> vocabulary() {
        return new TreeMap<>(lowerBounds);
    }

    static String key(String word) {
        return SPACES.matcher(word.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
