package org.warledger.gateway.schema;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;

@Description("Where a statement was published, with the exact quote: the evidence behind a record")
public record Source(String url, String publisher, String title, LocalDate publishedOn, LocalDate retrievedOn,
        String quote) {
}
