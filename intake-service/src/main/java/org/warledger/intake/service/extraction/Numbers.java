package org.warledger.intake.service.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence with their wording: digits with separators and decimals ("555,620", "2.5"), scale
 * words ("million", "bn", "m"), number words ("twelve thousand"), ranges ("between 500 and 600", "500 to 600"), vague
 * words ("thousands"), currency symbols and words. Years, dates, ordinals, measurements, durations and shares are found
 * too, and marked as not figures, so that no rule takes them for counts.
 */
public final class Numbers {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("\\d[\\d,]*(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHEN_RANGE = Pattern.compile("(\\d[\\d,]*)[-–](\\d[\\d,]*)");
    private static final Set<String> REFERENCE_WORDS = Set.of("article", "no.", "number", "chapter", "resolution",
            "section", "page", "paragraph", "brigade", "regiment", "division", "battalion", "corps", "army", "unit",
            "flight", "route", "highway", "vol.", "volume", "grade", "level", "phase", "category", "model", "type",
            "class", "world", "war", "covid");
    private static final Set<String> ATTACHABLE_SCALES = Set.of("m", "mn", "bn", "b", "k");

    private Numbers() {
    }

    public static List<NumberMention> find(Sentence sentence) {
        List<NumberMention> found = new ArrayList<>();
        int index = 0;
        while (index < sentence.size()) {
            Optional<NumberMention> mention = at(sentence, index);
            if (mention.isPresent()) {
                NumberMention m = withContext(sentence, mention.get());
                found.add(m);
                index = m.last() + 1;
            } else {
                index++;
            }
        }
        return found;
    }

    private static Optional<NumberMention> at(Sentence sentence, int index) {
        Token token = sentence.token(index);
        Optional<Phrasebook.Match<String>> vague = Lexicon.VAGUE.at(sentence, index);
        if (vague.isPresent()) {
            return Optional.of(new NumberMention(index, vague.get().last(), index, null, vague.get().phrase(), null,
                    null, "UNQUANTIFIED", "vague-word", null, -1, null));
        }
        if (ORDINAL.matcher(token.text()).matches()) {
            return Optional.of(simple(index, index, BigDecimal.ONE).notAFigure("an ordinal"));
        }
        java.util.regex.Matcher range = HYPHEN_RANGE.matcher(token.text());
        if (range.matches()) {
            BigDecimal low = new BigDecimal(range.group(1).replace(",", ""));
            BigDecimal high = new BigDecimal(range.group(2).replace(",", ""));
            return Optional.of(new NumberMention(index, index, index, null, null, low, high, "RANGE", "range-hyphen",
                    null, -1, null));
        }
        if (DIGITS.matcher(token.text()).matches()) {
            BigDecimal value = new BigDecimal(token.text().replace(",", ""));
            int last = index;
            Optional<Phrasebook.Match<Long>> scale = index + 1 < sentence.size()
                    ? Lexicon.SCALES.at(sentence, index + 1) : Optional.empty();
            if (scale.isPresent() && (!ATTACHABLE_SCALES.contains(scale.get().phrase())
                    || sentence.token(index + 1).start() == token.end())) {
                value = value.multiply(BigDecimal.valueOf(scale.get().value()));
                last = scale.get().last();
            }
            return Optional.of(simple(index, last, value));
        }
        return numberWords(sentence, index);
    }

    /** "twelve thousand", "twenty-five", "a dozen", "a thousand", "two million". */
    private static Optional<NumberMention> numberWords(Sentence sentence, int index) {
        long total = 0;
        long current = 0;
        int last = -1;
        int i = index;
        if (sentence.token(i).is("a") && i + 1 < sentence.size()
                && (Lexicon.SCALES.at(sentence, i + 1).filter(m -> m.value() >= 100).isPresent()
                        || sentence.token(i + 1).is("dozen"))) {
            current = 1;
            last = i;
            i++;
        }
        while (i < sentence.size()) {
            Token token = sentence.token(i);
            Optional<Phrasebook.Match<Long>> unit = Lexicon.NUMBER_WORDS.at(sentence, i);
            Long hyphenated = hyphenated(token.lower());
            Optional<Phrasebook.Match<Long>> scale = Lexicon.SCALES.at(sentence, i)
                    .filter(m -> !ATTACHABLE_SCALES.contains(m.phrase()));
            if (hyphenated != null) {
                current += hyphenated;
            } else if (unit.isPresent() && !(token.is("dozen") && last < 0)) {
                current += unit.get().value();
                i = unit.get().last();
            } else if (scale.isPresent() && last >= 0) {
                long factor = scale.get().value();
                if (factor == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * factor;
                    current = 0;
                }
            } else if (token.is("and") && last >= 0 && i + 1 < sentence.size()
                    && Lexicon.NUMBER_WORDS.at(sentence, i + 1).isPresent()) {
                i++;
                continue;
            } else {
                break;
            }
            last = i;
            i++;
        }
        if (last < 0 || total + current == 0) {
            return Optional.empty();
        }
        if (last == index && sentence.token(index).is("one")) {
            return Optional.empty();
        }
        return Optional.of(simple(index, last, BigDecimal.valueOf(total + current)));
    }

    private static Long hyphenated(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        Long tens = TENS.get(word.substring(0, dash));
        Long unit = UNITS.get(word.substring(dash + 1));
        return tens == null || unit == null ? null : tens + unit;
    }

    private static final java.util.Map<String, Long> TENS = java.util.Map.of("twenty", 20L, "thirty", 30L, "forty", 40L,
            "fifty", 50L, "sixty", 60L, "seventy", 70L, "eighty", 80L, "ninety", 90L);
    private static final java.util.Map<String, Long> UNITS = java.util.Map.of("one", 1L, "two", 2L, "three", 3L, "four",
            4L, "five", 5L, "six", 6L, "seven", 7L, "eight", 8L, "nine", 9L);

    private static NumberMention simple(int first, int last, BigDecimal value) {
        return new NumberMention(first, last, first, value, null, null, null, "EXACT", "number", null, -1, null);
    }

    /** The wording before, a range after, the currency around, and whether the number is a figure at all. */
    private static NumberMention withContext(Sentence sentence, NumberMention m) {
        if (m.notAFigure() != null) {
            return m;
        }
        NumberMention mention = rangeOf(sentence, m);
        mention = qualified(sentence, mention);
        mention = money(sentence, mention);
        String why = notAFigure(sentence, mention);
        return why == null ? mention : mention.notAFigure(why);
    }

    private static NumberMention rangeOf(Sentence sentence, NumberMention m) {
        if (m.value() == null || m.last() + 2 >= sentence.size()) {
            return m;
        }
        Token link = sentence.token(m.last() + 1);
        boolean between = m.first() > 0 && sentence.token(m.first() - 1).is("between");
        boolean from = m.first() > 0 && sentence.token(m.first() - 1).is("from");
        boolean linked = link.is("to") || link.text().equals("-") || link.text().equals("–")
                || (between && link.is("and"));
        if (!linked || from && !link.is("to")) {
            return m;
        }
        Optional<NumberMention> second = at(sentence, m.last() + 2);
        if (second.isEmpty() || second.get().value() == null || second.get().value().compareTo(m.value()) <= 0) {
            return m;
        }
        BigDecimal low = m.value();
        BigDecimal high = second.get().value();
        if (second.get().last() > second.get().first() && m.last() == m.first()) {
            // "between 2 and 3 million": the scale of the second number applies to the first
            BigDecimal scale = high
                    .divide(new BigDecimal(sentence.token(second.get().first()).text().replace(",", "")));
            low = low.multiply(scale);
        }
        int wordingFirst = between || from ? m.first() - 1 : m.first();
        return new NumberMention(m.first(), second.get().last(), wordingFirst, null, null, low, high, "RANGE",
                between ? "range-between" : "range-to", null, -1, null);
    }

    private static NumberMention qualified(Sentence sentence, NumberMention m) {
        if (m.isVague() || "RANGE".equals(m.qualifier()) || m.first() == 0) {
            return m;
        }
        int before = m.first() - 1;
        if (before >= 0 && Lexicon.CURRENCIES.endingAt(sentence, before).isPresent()) {
            before = Lexicon.CURRENCIES.endingAt(sentence, before).get().first() - 1;
        }
        if (before < 0) {
            return m;
        }
        Optional<Phrasebook.Match<String>> wording = Lexicon.QUALIFIERS.endingAt(sentence, before);
        if (wording.isEmpty()) {
            return m;
        }
        return new NumberMention(m.first(), m.last(), wording.get().first(), m.value(), m.word(), m.low(), m.high(),
                wording.get().value(), "wording '" + wording.get().phrase() + "'", m.currency(), m.currencyToken(),
                m.notAFigure());
    }

    private static NumberMention money(Sentence sentence, NumberMention m) {
        int before = m.first() - 1;
        if (before >= 0) {
            Optional<Phrasebook.Match<String>> symbol = Lexicon.CURRENCIES.endingAt(sentence, before);
            if (symbol.isPresent()) {
                return m.withCurrency(symbol.get().value(), symbol.get().first(), m.last());
            }
        }
        int after = m.last() + 1;
        if (after < sentence.size()) {
            Optional<Phrasebook.Match<String>> word = Lexicon.CURRENCIES.at(sentence, after);
            if (word.isPresent() && !word.get().phrase().equals("$")) {
                return m.withCurrency(word.get().value(), word.get().first(), word.get().last());
            }
        }
        return m;
    }

    private static String notAFigure(Sentence sentence, NumberMention m) {
        if (m.value() == null) {
            return null;
        }
        String next = next(sentence, m.last());
        if (next != null && Lexicon.MEASURE_UNITS.contains(next)) {
            return "a measurement, duration or share ('" + next + "')";
        }
        if (next != null && next.startsWith("-") && next.length() > 1) {
            return "a measurement ('" + next + "')";
        }
        if (next != null && next.equals("per") && m.last() + 2 < sentence.size()
                && sentence.token(m.last() + 2).is("cent")) {
            return "a share";
        }
        String previous = m.wordingFirst() > 0 ? sentence.token(m.wordingFirst() - 1).lower() : null;
        boolean plain = m.first() == m.last() && !sentence.token(m.first()).text().contains(",")
                && !sentence.token(m.first()).text().contains(".") && m.currency() == null;
        if (plain && Lexicon.MONTHS.contains(previous == null ? "" : previous)) {
            return "a date";
        }
        if (plain && next != null && Lexicon.MONTHS.contains(next)) {
            return "a date";
        }
        if (plain && m.value().compareTo(BigDecimal.valueOf(1900)) >= 0
                && m.value().compareTo(BigDecimal.valueOf(2100)) <= 0 && !followedByNoun(sentence, m.last() + 1)) {
            return "a year";
        }
        if (plain && previous != null && REFERENCE_WORDS.contains(previous)) {
            return "a reference ('" + previous + " " + sentence.token(m.first()).text() + "')";
        }
        if (plain && dateContinuation(sentence, m.first())) {
            return "a date";
        }
        return null;
    }

    /** "November 18 and 19", "18 and 19 November": the second day of a date range. */
    private static boolean dateContinuation(Sentence sentence, int index) {
        if (index >= 3 && (sentence.token(index - 1).is("and") || sentence.token(index - 1).is("to")
                || sentence.token(index - 1).text().equals("-"))) {
            return Lexicon.MONTHS.contains(sentence.token(index - 3).lower());
        }
        return false;
    }

    private static boolean followedByNoun(Sentence sentence, int index) {
        for (int i = index; i < Math.min(sentence.size(), index + 4); i++) {
            if (Lexicon.PERSONNEL.at(sentence, i).isPresent() || Lexicon.EQUIPMENT.at(sentence, i).isPresent()
                    || Lexicon.CASUALTY_WORDS.at(sentence, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String next(Sentence sentence, int index) {
        return index + 1 < sentence.size() ? sentence.token(index + 1).lower() : null;
    }
}
