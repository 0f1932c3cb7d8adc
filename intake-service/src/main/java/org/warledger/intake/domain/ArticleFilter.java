package org.warledger.intake.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What a list of articles is narrowed to; null fields do not narrow. */
public record ArticleFilter(String publisher, LocalDate from, LocalDate to, Instant changedSince) {
}
