package org.warledger.intake.service.extraction;

import java.time.LocalDate;

/**
 * A time scope read from a sentence: CUMULATIVE from a start (null when the text names none) or an INTERVAL from..to,
 * the tokens that said so, the rule, and how specific it is (higher wins when a sentence has several).
 */
public record ScopeMention(String kind, LocalDate from, LocalDate to, int first, int last, String rule,
        int specificity) {
}
