package org.warledger.intake.service.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads time scopes and dates, resolved against the article's publication date: "since the (full-scale) invasion (began
 * in February 2022)" is cumulative from 24 February 2022; "since March 2023" from that month; "in the last 24 hours",
 * "in the past week", "last month", "yesterday", "between November 18 and 19", "in just two days" are intervals. A day
 * and month without a year take the publication year, or the year before when that would lie after publication.
 */
public final class Scopes {

    /** The start of Russia's full-scale invasion of Ukraine. */
    public static final LocalDate FULL_SCALE_INVASION = LocalDate.of(2022, 2, 24);

    private static final Set<String> WAR_WORDS = Set.of("invasion", "invading", "invaded", "war", "full-scale", "start",
            "beginning", "outbreak", "conflict", "onset", "aggression");
    private static final Set<String> RECENT = Set.of("last", "past", "previous", "preceding");
    private static final List<List<String>> CUMULATIVE_WORDS = words("so far", "to date", "in total", "in all",
            "overall", "cumulative", "total");

    private Scopes() {
    }

    /** Phrases as word lists, split once. */
    static List<List<String>> words(String... phrases) {
        return java.util.Arrays.stream(phrases).map(phrase -> List.of(phrase.split(" "))).toList();
    }

    public static List<ScopeMention> find(Sentence sentence, LocalDate published) {
        List<ScopeMention> found = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if (token.is("since")) {
                since(sentence, i, published).ifPresent(found::add);
            } else if ((token.is("in") || token.is("over") || token.is("during") || token.is("within"))
                    && i + 2 < sentence.size() && sentence.token(i + 1).is("the")
                    && RECENT.contains(sentence.token(i + 2).lower())) {
                recent(sentence, i, i + 3, published).ifPresent(found::add);
            } else if (RECENT.contains(token.lower()) && token.is("last") && i + 1 < sentence.size()
                    && !(i > 0 && sentence.token(i - 1).is("the"))) {
                calendar(sentence, i, published).ifPresent(found::add);
            } else if (token.is("overnight")) {
                found.add(new ScopeMention("INTERVAL", published.minusDays(1), published, i, i, "overnight", 3));
            } else if (token.is("yesterday")) {
                found.add(new ScopeMention("INTERVAL", published.minusDays(1), published.minusDays(1), i, i,
                        "yesterday", 3));
            } else if ((token.is("this")) && i + 1 < sentence.size()) {
                thisPeriod(sentence, i, published).ifPresent(found::add);
            } else if (Lexicon.MONTHS.contains(token.lower()) || isDay(token) && i + 1 < sentence.size()
                    && Lexicon.MONTHS.contains(sentence.token(i + 1).lower())) {
                Optional<ScopeMention> days = explicitDays(sentence, i, published);
                if (days.isPresent()) {
                    found.add(days.get());
                    i = days.get().last();
                } else if (i > 0 && sentence.token(i - 1).is("in") && Lexicon.MONTHS.contains(token.lower())) {
                    month(sentence, i, published).ifPresent(found::add);
                }
            } else if (token.is("in") && i + 1 < sentence.size()
                    && sentence.token(i + 1).lower().matches("(19|20)\\d\\d")
                    && !(i > 0 && Lexicon.ATTRIBUTION_VERBS.contains(sentence.token(i - 1).lower()))) {
                int year = Integer.parseInt(sentence.token(i + 1).lower());
                found.add(new ScopeMention("INTERVAL", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), i, i + 1,
                        "a year", 2));
            } else if ((token.is("in") || token.is("within") || token.is("over")) && i + 2 < sentence.size()) {
                lastDays(sentence, i, published).ifPresent(found::add);
            } else {
                for (List<String> words : CUMULATIVE_WORDS) {
                    String phrase = String.join(" ", words);
                    if (sentence.matches(i, words)
                            && !(phrase.equals("total") && i > 0 && !sentence.token(i - 1).is("in"))) {
                        found.add(new ScopeMention("CUMULATIVE", null, null, i, i + words.size() - 1,
                                "cumulative '" + phrase + "'", 1));
                    }
                }
            }
        }
        return found;
    }

    /** The scope that applies to a figure at token {@code index}: the most specific, then the nearest. */
    public static Optional<ScopeMention> forFigure(List<ScopeMention> scopes, int index) {
        return scopes.stream()
                .max((a, b) -> a.specificity() != b.specificity() ? Integer.compare(a.specificity(), b.specificity())
                        : Integer.compare(distance(b, index), distance(a, index)));
    }

    private static int distance(ScopeMention scope, int index) {
        return index < scope.first() ? scope.first() - index : Math.max(0, index - scope.last());
    }

    private static Optional<ScopeMention> since(Sentence sentence, int at, LocalDate published) {
        for (int i = at + 1; i < Math.min(sentence.size(), at + 6); i++) {
            if (WAR_WORDS.contains(sentence.token(i).lower())) {
                int last = i;
                // "... began in February 2022": the start date said again belongs to the same phrase
                for (int j = i + 1; j < Math.min(sentence.size(), i + 5); j++) {
                    String word = sentence.token(j).lower();
                    if (Set.of("began", "started", "begun", "in", "of", "ukraine", "full-scale", "invasion", "the",
                            "russia's", "russia", "'s").contains(word) || Lexicon.MONTHS.contains(word)
                            || word.matches("(19|20)\\d\\d")) {
                        last = j;
                    } else {
                        break;
                    }
                }
                while (last > i && Set.of("in", "of", "the").contains(sentence.token(last).lower())) {
                    last--;
                }
                return Optional.of(new ScopeMention("CUMULATIVE", FULL_SCALE_INVASION, null, at, last,
                        "since the full-scale invasion", 4));
            }
        }
        Optional<LocalDate> start = dateAt(sentence, at + 1, published);
        if (start.isPresent()) {
            int last = Math.min(sentence.size() - 1, at + 3);
            return Optional.of(new ScopeMention("CUMULATIVE", start.get(), null, at, last, "since a date", 4));
        }
        return Optional.empty();
    }

    /** "in the last 24 hours", "over the past week", "in the past two months". */
    private static Optional<ScopeMention> recent(Sentence sentence, int at, int index, LocalDate published) {
        long count = 1;
        if (index < sentence.size()) {
            Long n = countAt(sentence, index);
            if (n != null) {
                count = n;
                index++;
            }
        }
        if (index >= sentence.size()) {
            return Optional.empty();
        }
        String unit = sentence.token(index).lower();
        LocalDate from = minus(published, count, unit);
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(new ScopeMention("INTERVAL", from, published, at, index, "recent period", 3));
    }

    /** "in just two days", "within three weeks": a period ending with the publication. */
    private static Optional<ScopeMention> lastDays(Sentence sentence, int at, LocalDate published) {
        int index = at + 1;
        while (index < sentence.size() && Set.of("just", "only", "a", "mere").contains(sentence.token(index).lower())) {
            index++;
        }
        if (index + 1 >= sentence.size()) {
            return Optional.empty();
        }
        Long count = countAt(sentence, index);
        if (count == null) {
            return Optional.empty();
        }
        String unit = sentence.token(index + 1).lower();
        if (!unit.startsWith("day") && !unit.startsWith("week") && !unit.startsWith("hour")) {
            return Optional.empty();
        }
        LocalDate from = unit.startsWith("day") ? published.minusDays(count - 1) : minus(published, count, unit);
        return Optional.of(
                new ScopeMention("INTERVAL", from, published, at, index + 1, "a period of " + count + " " + unit, 2));
    }

    /** "last month", "last week", "last year": the calendar period before publication. */
    private static Optional<ScopeMention> calendar(Sentence sentence, int at, LocalDate published) {
        String unit = sentence.token(at + 1).lower();
        return switch (unit) {
        case "month" -> {
            YearMonth month = YearMonth.from(published).minusMonths(1);
            yield Optional.of(
                    new ScopeMention("INTERVAL", month.atDay(1), month.atEndOfMonth(), at, at + 1, "last month", 3));
        }
        case "week" -> {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            yield Optional.of(new ScopeMention("INTERVAL", monday, monday.plusDays(6), at, at + 1, "last week", 3));
        }
        case "year" -> {
            int year = published.getYear() - 1;
            yield Optional.of(new ScopeMention("INTERVAL", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), at,
                    at + 1, "last year", 3));
        }
        default -> Optional.empty();
        };
    }

    private static Optional<ScopeMention> thisPeriod(Sentence sentence, int at, LocalDate published) {
        String unit = sentence.token(at + 1).lower();
        LocalDate from = switch (unit) {
        case "month" -> published.withDayOfMonth(1);
        case "week" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case "year" -> published.withDayOfYear(1);
        default -> null;
        };
        return from == null ? Optional.empty()
                : Optional.of(new ScopeMention("INTERVAL", from, published, at, at + 1, "this " + unit, 3));
    }

    /** "in October": that month (of the publication year, or the year before). */
    private static Optional<ScopeMention> month(Sentence sentence, int at, LocalDate published) {
        Month month = monthOf(sentence.token(at).lower());
        int year = published.getYear();
        int last = at;
        if (at + 1 < sentence.size() && sentence.token(at + 1).lower().matches("(19|20)\\d\\d")) {
            year = Integer.parseInt(sentence.token(at + 1).lower());
            last = at + 1;
        } else if (YearMonth.of(year, month).atDay(1).isAfter(published)) {
            year--;
        }
        YearMonth period = YearMonth.of(year, month);
        return Optional
                .of(new ScopeMention("INTERVAL", period.atDay(1), period.atEndOfMonth(), at - 1, last, "a month", 2));
    }

    /** "November 18", "November 18 and 19", "18-19 November", "November 18, 2024", "between November 18 and 19". */
    private static Optional<ScopeMention> explicitDays(Sentence sentence, int at, LocalDate published) {
        Integer firstDay;
        Integer lastDay = null;
        Month month;
        int last;
        if (Lexicon.MONTHS.contains(sentence.token(at).lower())) {
            month = monthOf(sentence.token(at).lower());
            if (at + 1 >= sentence.size() || !isDay(sentence.token(at + 1))) {
                return Optional.empty();
            }
            firstDay = Integer.parseInt(sentence.token(at + 1).text());
            last = at + 1;
            if (at + 3 < sentence.size() && Set.of("and", "to", "-", "–").contains(sentence.token(at + 2).lower())
                    && isDay(sentence.token(at + 3))) {
                lastDay = Integer.parseInt(sentence.token(at + 3).text());
                last = at + 3;
            }
        } else {
            firstDay = Integer.parseInt(sentence.token(at).text());
            month = monthOf(sentence.token(at + 1).lower());
            last = at + 1;
        }
        int year = published.getYear();
        boolean yearGiven = false;
        int y = last + 1;
        if (y < sentence.size() && sentence.token(y).text().equals(",")) {
            y++;
        }
        if (y < sentence.size() && sentence.token(y).lower().matches("(19|20)\\d\\d")) {
            year = Integer.parseInt(sentence.token(y).lower());
            yearGiven = true;
            last = y;
        }
        try {
            LocalDate from = LocalDate.of(year, month, firstDay);
            LocalDate to = lastDay == null ? from : LocalDate.of(year, month, lastDay);
            if (!yearGiven && from.isAfter(published)) {
                from = from.minusYears(1);
                to = to.minusYears(1);
            }
            if (to.isBefore(from)) {
                return Optional.empty();
            }
            int first = at > 0 && (sentence.token(at - 1).is("between") || sentence.token(at - 1).is("on")
                    || sentence.token(at - 1).is("from")) ? at - 1 : at;
            return Optional.of(new ScopeMention("INTERVAL", from, to, first, last, "explicit dates", 5));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date at {@code index}: "March 2023", "2023", "24 February 2022", "February 24, 2022". */
    static Optional<LocalDate> dateAt(Sentence sentence, int index, LocalDate published) {
        if (index >= sentence.size()) {
            return Optional.empty();
        }
        Token token = sentence.token(index);
        if (token.lower().matches("(19|20)\\d\\d")) {
            return Optional.of(LocalDate.of(Integer.parseInt(token.lower()), 1, 1));
        }
        if (Lexicon.MONTHS.contains(token.lower()) || isDay(token)) {
            Optional<ScopeMention> days = explicitDays(sentence, index, published);
            if (days.isPresent()) {
                return Optional.of(days.get().from());
            }
            if (Lexicon.MONTHS.contains(token.lower()) && index + 1 < sentence.size()
                    && sentence.token(index + 1).lower().matches("(19|20)\\d\\d")) {
                return Optional.of(
                        LocalDate.of(Integer.parseInt(sentence.token(index + 1).lower()), monthOf(token.lower()), 1));
            }
        }
        return Optional.empty();
    }

    private static Long countAt(Sentence sentence, int index) {
        Token token = sentence.token(index);
        if (token.text().matches("\\d{1,4}")) {
            return Long.parseLong(token.text());
        }
        return Lexicon.NUMBER_WORDS.at(sentence, index).filter(m -> m.first() == m.last()).map(Phrasebook.Match::value)
                .orElse(null);
    }

    private static LocalDate minus(LocalDate published, long count, String unit) {
        if (unit.startsWith("hour")) {
            return published.minusDays(Math.max(1, (count + 23) / 24));
        }
        if (unit.startsWith("day")) {
            return published.minusDays(count);
        }
        if (unit.startsWith("week")) {
            return published.minusWeeks(count);
        }
        if (unit.startsWith("month")) {
            return published.minusMonths(count);
        }
        if (unit.startsWith("year")) {
            return published.minusYears(count);
        }
        return null;
    }

    private static boolean isDay(Token token) {
        return token.text().matches("\\d{1,2}") && Integer.parseInt(token.text()) >= 1
                && Integer.parseInt(token.text()) <= 31;
    }

    private static Month monthOf(String word) {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (name.equals(word) || name.startsWith(word.replace(".", "")) && word.length() >= 3) {
                return month;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
