package org.warledger.aid.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods the stored totals are kept by — a year, a month, a day of announcement — and how a date window is cut
 * into as few of them as possible.
 */
public enum TotalsGrain {
    YEAR("year"), MONTH("month"), DAY("day");

    /** The grain's name in the {@code aid_pledge_total} table (and to PostgreSQL's {@code date_trunc}). */
    final String column;

    TotalsGrain(String column) {
        this.column = column;
    }

    /** Whole periods of one grain: {@code from} inclusive, {@code to} exclusive, null for no bound. */
    public record Span(TotalsGrain grain, LocalDate from, LocalDate to) {
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
        case YEAR -> day.withDayOfYear(1);
        case MONTH -> day.withDayOfMonth(1);
        case DAY -> day;
        };
    }

    /** The first day of the first period that starts on or after {@code day}. */
    public LocalDate startOnOrAfter(LocalDate day) {
        LocalDate start = start(day);
        if (start.equals(day)) {
            return day;
        }
        return switch (this) {
        case YEAR -> start.plusYears(1);
        case MONTH -> start.plusMonths(1);
        case DAY -> start.plusDays(1);
        };
    }

    /**
     * Cuts the days from {@code from} (inclusive) to {@code to} (exclusive; either null for no bound) into whole
     * periods of the coarsest grain that fits and, at the ends, of the finer ones: 2023-11-15 to 2025-02-03 becomes the
     * days 11-15 to 11-30, the month of December 2023, the year 2024, the month of January 2025 and the days 02-01 and
     * 02-02. {@code grains} go from coarsest to finest and end with {@link #DAY}.
     */
    public static List<Span> cover(LocalDate from, LocalDate to, List<TotalsGrain> grains) {
        List<Span> spans = new ArrayList<>();
        cover(from, to, grains, 0, spans);
        return spans;
    }

    private static void cover(LocalDate from, LocalDate to, List<TotalsGrain> grains, int level, List<Span> spans) {
        if (from != null && to != null && !from.isBefore(to)) {
            return;
        }
        TotalsGrain grain = grains.get(level);
        if (grain == DAY) {
            spans.add(new Span(DAY, from, to));
            return;
        }
        LocalDate first = from == null ? null : grain.startOnOrAfter(from);
        LocalDate end = to == null ? null : grain.start(to);
        if (first != null && end != null && !first.isBefore(end)) {
            cover(from, to, grains, level + 1, spans);
            return;
        }
        if (from != null && from.isBefore(first)) {
            cover(from, first, grains, level + 1, spans);
        }
        spans.add(new Span(grain, first, end));
        if (to != null && end.isBefore(to)) {
            cover(end, to, grains, level + 1, spans);
        }
    }
}
