package org.warledger.intake.service.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who states what in a sentence: "according to X", "X said / reported / confirmed / estimated ...", "estimates
 * from X", "as reported by X", "X reports that". The claimant is the noun phrase as written, without a leading article;
 * it must name someone (a proper noun, or an institution such as "US officials"). A negated or denying verb ("did not
 * confirm", "denied") makes a denial, which attributes no figure.
 */
public final class Attributions {

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "has also", "will", "would",
            "is", "was", "were", "are", "reportedly", "recently", "previously", "earlier", "later", "publicly",
            "officially", "further", "then", "now", "again", "separately", "already", "did", "does", "do", "could",
            "can", "may", "might");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "neither", "nor");
    private static final Set<String> NAME_LINKS = Set.of("of", "'s", "and", "&", "-", "for");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");
    private static final Set<String> FIGURE_OBJECTS = Set.of("figure", "number", "toll", "losses", "total", "count",
            "tally", "casualties");

    private Attributions() {
    }

    public static List<Attribution> find(Sentence sentence) {
        List<Attribution> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if (token.is("according") && i + 1 < sentence.size() && sentence.token(i + 1).is("to")) {
                int start = i + 2;
                if (start + 1 < sentence.size() && Lexicon.REPORT_NOUNS.contains(sentence.token(start).lower())
                        && (sentence.token(start + 1).is("from") || sentence.token(start + 1).is("by")
                                || sentence.token(start + 1).is("of"))) {
                    start += 2;
                }
                rightPhrase(sentence, start, i, "according-to").ifPresent(found::add);
            } else if (Lexicon.REPORT_NOUNS.contains(token.lower()) && i + 1 < sentence.size()
                    && (sentence.token(i + 1).is("from") || sentence.token(i + 1).is("by"))
                    && !(i > 0 && sentence.token(i - 1).is("to"))) {
                rightPhrase(sentence, i + 2, i, token.lower() + "-from").ifPresent(found::add);
            } else if ((token.is("reported") || token.is("cited") || token.is("stated")) && i + 1 < sentence.size()
                    && sentence.token(i + 1).is("by")) {
                rightPhrase(sentence, i + 2, i, "reported-by").ifPresent(found::add);
            } else if (RELEASING.contains(token.lower()) && reportFollows(sentence, i + 1)) {
                verb(sentence, i).ifPresent(found::add);
            } else if (Lexicon.ATTRIBUTION_VERBS.contains(token.lower()) && !"ADJ".equals(token.pos())) {
                if ((token.is("put") || token.is("puts")) && !objectIsAFigure(sentence, i + 1)) {
                    continue;
                }
                verb(sentence, i).ifPresent(found::add);
            }
        }
        return found;
    }

    /** "X released new estimates", "X issued figures": verbs that attribute only with a report as their object. */
    private static final Set<String> RELEASING = Set.of("released", "releases", "issued", "issues", "presented",
            "presents", "shared", "shares", "updated", "updates", "provided", "provides", "gave", "offered");

    private static final Set<String> RELEASES = Set.of("update", "updates", "briefing", "statement", "bulletin",
            "summary", "toll", "numbers", "count");

    private static boolean reportFollows(Sentence sentence, int index) {
        for (int i = index; i < Math.min(sentence.size(), index + 4); i++) {
            if (Lexicon.REPORT_NOUNS.contains(sentence.token(i).lower())
                    || RELEASES.contains(sentence.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean objectIsAFigure(Sentence sentence, int index) {
        for (int i = index; i < Math.min(sentence.size(), index + 3); i++) {
            if (FIGURE_OBJECTS.contains(sentence.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "X said": the subject before the verb, over auxiliaries and a negation. */
    private static java.util.Optional<Attribution> verb(Sentence sentence, int verb) {
        int end = verb - 1;
        boolean negated = Lexicon.DENIALS.contains(sentence.token(verb).lower());
        while (end >= 0 && (AUXILIARIES.contains(sentence.token(end).lower())
                || NEGATIONS.contains(sentence.token(end).lower()))) {
            negated |= NEGATIONS.contains(sentence.token(end).lower());
            end--;
        }
        if (end < 0) {
            return java.util.Optional.empty();
        }
        if (end >= 1 && Lexicon.REPORT_NOUNS.contains(sentence.token(end).lower())) {
            return java.util.Optional.empty();
        }
        int start = end;
        while (start - 1 >= 0 && (nameToken(sentence.token(start - 1)) || innerArticle(sentence, start - 1))) {
            start--;
        }
        while (start <= end && (NAME_LINKS.contains(sentence.token(start).lower())
                || DETERMINERS.contains(sentence.token(start).lower()))) {
            start++;
        }
        if (start > end || !nameToken(sentence.token(end)) || NAME_LINKS.contains(sentence.token(end).lower())) {
            return java.util.Optional.empty();
        }
        // "In just two days between November 18 and 19, Ukraine reports": the phrase stops at the comma
        String rule = "subject of '" + sentence.token(verb).text() + "'";
        return named(sentence, start, end, verb, rule, negated);
    }

    /** "according to X", "estimates from X": the phrase after the marker. */
    private static java.util.Optional<Attribution> rightPhrase(Sentence sentence, int start, int marker, String rule) {
        while (start < sentence.size() && DETERMINERS.contains(sentence.token(start).lower())) {
            start++;
        }
        int end = start - 1;
        while (end + 1 < sentence.size() && (nameToken(sentence.token(end + 1)) || innerArticle(sentence, end + 1))) {
            end++;
        }
        while (end >= start && NAME_LINKS.contains(sentence.token(end).lower())) {
            end--;
        }
        if (end < start) {
            return java.util.Optional.empty();
        }
        return named(sentence, start, end, marker, rule, false);
    }

    private static java.util.Optional<Attribution> named(Sentence sentence, int start, int end, int marker, String rule,
            boolean negated) {
        boolean names = false;
        for (int i = start; i <= end; i++) {
            Token t = sentence.token(i);
            names |= t.isProperNoun() || Lexicon.SPEAKER_NOUNS.contains(t.lower())
                    || Lexicon.PARTIES.at(sentence, i).isPresent();
        }
        if (!names) {
            return java.util.Optional.empty();
        }
        String name = sentence.text(start, end);
        return java.util.Optional.of(new Attribution(name, start, end, marker, rule, negated, false));
    }

    /** "the" inside a name: "Institute for the Study of War", "Ministry of the Interior". */
    private static boolean innerArticle(Sentence sentence, int index) {
        return index > 0 && index + 1 < sentence.size() && sentence.token(index).is("the")
                && NAME_LINKS.contains(sentence.token(index - 1).lower())
                && Character.isUpperCase(sentence.token(index + 1).text().charAt(0));
    }

    /** A token that can be part of a name: nouns, proper nouns, adjectives and the links inside names. */
    private static boolean nameToken(Token token) {
        String pos = token.pos();
        if (Lexicon.ATTRIBUTION_VERBS.contains(token.lower()) && !Character.isUpperCase(token.text().charAt(0))) {
            return false;
        }
        return "PROPN".equals(pos) || "NOUN".equals(pos) || "ADJ".equals(pos) || NAME_LINKS.contains(token.lower())
                || (Character.isUpperCase(token.text().charAt(0)) && !"PUNCT".equals(pos) && !"DET".equals(pos)
                        && !"ADP".equals(pos) && !"SCONJ".equals(pos) && !"PRON".equals(pos));
    }
}
