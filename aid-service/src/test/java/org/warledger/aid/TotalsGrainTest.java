package org.warledger.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warledger.aid.repository.TotalsGrain.DAY;
import static org.warledger.aid.repository.TotalsGrain.MONTH;
import static org.warledger.aid.repository.TotalsGrain.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warledger.aid.repository.TotalsGrain;
import org.warledger.aid.repository.TotalsGrain.Span;

class TotalsGrainTest {

    private static final List<TotalsGrain> ALL = List.of(YEAR, MONTH, DAY);

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Span span(TotalsGrain grain, String from, String to) {
        return new Span(grain, day(from), day(to));
    }

    @Test
    void aWindowIsCutIntoWholeYearsMonthsAndTheDaysAtItsEnds() {
        assertEquals(
                List.of(span(DAY, "2023-11-15", "2023-12-01"), span(MONTH, "2023-12-01", "2024-01-01"),
                        span(YEAR, "2024-01-01", "2025-01-01"), span(MONTH, "2025-01-01", "2025-02-01"),
                        span(DAY, "2025-02-01", "2025-02-03")),
                TotalsGrain.cover(day("2023-11-15"), day("2025-02-03"), ALL));
    }

    @Test
    void noWindowIsOneUnboundedSpanOfTheCoarsestGrain() {
        assertEquals(List.of(span(YEAR, null, null)), TotalsGrain.cover(null, null, ALL));
        assertEquals(List.of(span(MONTH, null, null)), TotalsGrain.cover(null, null, List.of(MONTH, DAY)));
    }

    @Test
    void anOpenEndIsTakenByTheCoarsestGrain() {
        assertEquals(List.of(span(DAY, "2024-02-10", "2024-03-01"), span(MONTH, "2024-03-01", "2025-01-01"),
                span(YEAR, "2025-01-01", null)), TotalsGrain.cover(day("2024-02-10"), null, ALL));
        assertEquals(List.of(span(YEAR, null, "2024-01-01"), span(DAY, "2024-01-01", "2024-01-11")),
                TotalsGrain.cover(null, day("2024-01-11"), ALL));
    }

    @Test
    void aWindowWithinOneMonthIsDaysOnlyAndAnEmptyWindowNothing() {
        assertEquals(List.of(span(DAY, "2024-02-10", "2024-02-20")),
                TotalsGrain.cover(day("2024-02-10"), day("2024-02-20"), ALL));
        assertEquals(List.of(span(MONTH, "2024-02-01", "2024-03-01")),
                TotalsGrain.cover(day("2024-02-01"), day("2024-03-01"), ALL));
        assertEquals(List.of(), TotalsGrain.cover(day("2024-02-10"), day("2024-02-10"), ALL));
        assertEquals(List.of(), TotalsGrain.cover(day("2024-02-10"), day("2024-01-10"), ALL));
    }

    @Test
    void theSpansCoverEveryDayOfTheWindowOnceAndEachIsWholePeriods() {
        Random random = new Random(7);
        LocalDate origin = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 500; i++) {
            LocalDate from = origin.plusDays(random.nextInt(1500));
            LocalDate to = from.plusDays(random.nextInt(900));
            List<LocalDate> covered = new ArrayList<>();
            for (Span span : TotalsGrain.cover(from, to, ALL)) {
                assertEquals(span.grain().start(span.from()), span.from(), span.toString());
                assertEquals(span.grain().startOnOrAfter(span.to()), span.to(), span.toString());
                span.from().datesUntil(span.to()).forEach(covered::add);
            }
            assertEquals(from.datesUntil(to).toList(), covered, from + " to " + to);
        }
    }
}
