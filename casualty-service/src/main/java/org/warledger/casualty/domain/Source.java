package org.warledger.casualty.domain;

import java.time.LocalDate;

/**
 * Where a statement was published: the evidence behind a record, with the exact quote. Stored as JSON in the
 * {@code sources} columns of claims and revisions; its components are that JSON's field names.
 */
public record Source(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
        String quote) {
}
