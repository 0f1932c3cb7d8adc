package org.warledger.gateway.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

@Description("A news article as intake-service stored it: its text, and the records found in it (candidates) for "
        + "editors to accept or reject")
public record Article(@Id String id, @Description("The version of the stored article") long version,
        @Description("Where it was published") String url, String publisher, String title, LocalDate publishedOn,
        @Description("When it was read from its url") LocalDate retrievedOn,
        @Description("The language of its text (\"en\")") String language,
        @Description("The text as stored, which candidates' spans point into; null in the articles list, which "
                + "leaves it out: read it through article(id)") String text,
        @Description("SHA-256 of the text, in hex: the same text is the same article") String contentHash,
        @Description("How many candidates were found in it") Integer candidateCount, Instant createdAt,
        Instant updatedAt, @Description("Who submitted it") String createdBy) {

    /** An article is identified by its id: batch loaders key on it, and its text is too long to hash. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Article that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
