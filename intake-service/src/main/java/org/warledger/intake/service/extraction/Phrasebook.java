package org.warledger.intake.service.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of one or more lower-cased words, each with a meaning, matched against a sentence's tokens; the longest
 * phrase wins ("north korean" before "korean", "more than" before "than").
 */
public final class Phrasebook<V> {

    /** A phrase found at tokens {@code first} to {@code last} (inclusive). */
    public record Match<V>(V value, int first, int last, String phrase) {

        public int length() {
            return last - first + 1;
        }
    }

    private final Map<List<String>, V> phrases = new HashMap<>();
    private int longest;

    public Phrasebook<V> add(V value, String... texts) {
        for (String text : texts) {
            List<String> words = Arrays.asList(text.split(" "));
            phrases.put(words, value);
            longest = Math.max(longest, words.size());
        }
        return this;
    }

    /** The longest phrase starting at token {@code index}. */
    public Optional<Match<V>> at(Sentence sentence, int index) {
        for (int length = Math.min(longest, sentence.size() - index); length >= 1; length--) {
            V value = phrases.get(words(sentence, index, length));
            if (value != null) {
                return Optional.of(new Match<>(value, index, index + length - 1,
                        String.join(" ", words(sentence, index, length))));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase ending at token {@code last} (inclusive). */
    public Optional<Match<V>> endingAt(Sentence sentence, int last) {
        for (int length = Math.min(longest, last + 1); length >= 1; length--) {
            int first = last - length + 1;
            V value = phrases.get(words(sentence, first, length));
            if (value != null) {
                return Optional.of(new Match<>(value, first, last, String.join(" ", words(sentence, first, length))));
            }
        }
        return Optional.empty();
    }

    /** Every non-overlapping phrase of the sentence, left to right. */
    public List<Match<V>> all(Sentence sentence) {
        List<Match<V>> found = new java.util.ArrayList<>();
        int index = 0;
        while (index < sentence.size()) {
            Optional<Match<V>> match = at(sentence, index);
            if (match.isPresent()) {
                found.add(match.get());
                index = match.get().last() + 1;
            } else {
                index++;
            }
        }
        return found;
    }

    /** Whether this one word is a phrase of the book. */
    public boolean contains(String word) {
        return phrases.containsKey(List.of(word));
    }

    private static List<String> words(Sentence sentence, int index, int length) {
        String[] words = new String[length];
        for (int i = 0; i < length; i++) {
            words[i] = sentence.token(index + i).lower();
        }
        return Arrays.asList(words);
    }
}
