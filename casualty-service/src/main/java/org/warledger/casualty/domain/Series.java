package org.warledger.casualty.domain;

import java.util.List;

/**
 * The figures of {@code query}'s claimants, one line per claimant identity (or written name without one), each oldest
 * asOf first; {@code truncated} when more points exist than the limit let through (the oldest are kept).
 */
public record Series(SeriesQuery query, List<Line> lines, boolean truncated) {

    /** One claimant's points: {@code identity} null for a written name without one. */
    public record Line(Claimant identity, String writtenName, List<CasualtyClaim> points) {
    }
}
