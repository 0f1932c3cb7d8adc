package org.warledger.event.domain;

import java.time.LocalDate;

/**
 * Where a statement was published: the evidence behind a record, with the exact quote. Stored as JSON in the event's
 * {@code sources} column, in exactly these fields.
 */
public record Source(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
        String quote) {
}
