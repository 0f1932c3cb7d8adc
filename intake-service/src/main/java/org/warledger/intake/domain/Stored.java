package org.warledger.intake.domain;

/** An article and whether this request stored it (false: the same text was posted before). */
public record Stored(Article article, long candidateCount, boolean created) {
}
