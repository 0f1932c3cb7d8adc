package org.warledger.casualty.domain;

import java.time.LocalDate;
import java.util.List;

/** A corrected figure for a claim, based on the claim's {@code version}; {@code note} says why it changed. */
public record ClaimCorrection(long version, Figure figure, LocalDate asOf, LocalDate statedOn, List<Source> sources,
        String note) {
}
