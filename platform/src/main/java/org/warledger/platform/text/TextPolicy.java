package org.warledger.platform.text;

import java.text.Normalizer;

/**
 * The one text policy of every Warledger service, for body strings and query parameters alike: control characters other
 * than tab, line feed and carriage return are refused, and so are unpaired surrogates (they cannot be stored as UTF-8
 * and would silently become "?"); what is accepted is normalised to Unicode NFC, so that the same words are the same
 * string. A string is blank when it holds only Unicode whitespace and invisible characters (NBSP, zero-width spaces,
 * BOM…). Names that identify something (claimants, actors, donors, publishers, tags) also refuse invisible format
 * characters and whitespace other than the plain space, which would otherwise make "Ukraine MoD" and "Ukraine
 * MoD\u200B" two claimants.
 */
public final class TextPolicy {

    private TextPolicy() {
    }

    /** Why a text was refused, in words for the client. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message, null);
        }
    }

    /** The text normalised to NFC; {@link Refused} when it holds control characters or unpaired surrogates. */
    public static String accept(String text) {
        if (text == null) {
            return null;
        }
        String problem = problem(text);
        if (problem != null) {
            throw new Refused(problem);
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** What is wrong with the text under the general policy, or null when nothing is. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired surrogate (" + codePoint(c) + "); send well-formed UTF-8";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired surrogate (" + codePoint(c) + "); send well-formed UTF-8";
            }
            if (isControl(c)) {
                return "must not contain control characters (found " + codePoint(c) + ")";
            }
        }
        return null;
    }

    /** What makes the text unfit as an identifying name, or null when it is fit. */
    public static String nameProblem(String text) {
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (isInvisible(cp)) {
                return "must not contain invisible or formatting characters (found " + codePoint(cp) + ")";
            }
            if (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
                return "may separate words with plain spaces only (found " + codePoint(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** True when the text is null or holds only Unicode whitespace and invisible characters. */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length();) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isInvisible(cp)
                    && !Character.isISOControl(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Characters that show nothing: Unicode format characters (category Cf: zero-width spaces and joiners, bidi marks,
     * embeddings and overrides, word joiner, BOM, …) and the other default-ignorable ones (fillers, variation
     * selectors, the combining grapheme joiner).
     */
    public static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp == 0x2800 || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
