package org.warledger.casualty.domain;

import java.util.List;

/** The active claims matching {@code query}, oldest asOf first; {@code truncated} when more exist than are listed. */
public record Series(SeriesQuery query, List<CasualtyClaim> claims, boolean truncated) {
}
