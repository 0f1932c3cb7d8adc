package org.warledger.intake.service.extraction;

import java.util.Locale;

/**
 * One token of an article: its text as written, its UTF-16 offsets into the article (end exclusive), its universal
 * part-of-speech tag (NOUN, PROPN, VERB, NUM, ...) and its lower-cased form with typographic apostrophes made plain.
 */
public record Token(String text, int start, int end, String pos, String lower) {

    public Token(String text, int start, int end, String pos) {
        this(text, start, end, pos, text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''));
    }

    public boolean is(String word) {
        return lower.equals(word);
    }

    public boolean isPunctuation() {
        return "PUNCT".equals(pos) || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos) || (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && "NOUN".equals(pos));
    }
}
