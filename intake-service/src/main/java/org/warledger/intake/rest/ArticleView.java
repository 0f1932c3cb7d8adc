package org.warledger.intake.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article: its metadata, and its text when read one at a time. */
@Schema(name = "Article")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(UUID id, String url, String publisher, String title, LocalDate publishedOn,
        LocalDate retrievedOn, String language,
        @Schema(description = "The stored text candidates point into; absent in lists") String text,
        @Schema(description = "SHA-256 of the text, hex") String contentHash,
        @Schema(description = "How many candidates extraction proposed") long candidateCount, long version,
        Instant createdAt, Instant updatedAt, String createdBy) {
}
