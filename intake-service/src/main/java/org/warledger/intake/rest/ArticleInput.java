package org.warledger.intake.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as a client posts it: its text, or its HTML page. */
@Schema(name = "ArticleInput", description = "Send text or html, not both.")
public record ArticleInput(
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 300) @Schema(description = "The outlet that published it (not a claimant)") String publisher,
        @Size(max = 1000) @Schema(description = "Required with text; read from the page's <title> or <h1> with html "
                + "when omitted") String title,
        @NotNull @Schema(
                description = "Relative dates in the text (\"last month\") are resolved against it") LocalDate publishedOn,
        LocalDate retrievedOn,
        @NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "must be a BCP 47 language tag such as en") @Schema(
                        description = "BCP 47, e.g. en; " + "extraction reads English") String language,
        @Schema(description = "The article's text, at most 200,000 characters (413 beyond); stored as sent, "
                + "NFC-normalised with line ends made \\n") String text,
        @Schema(description = "The article's HTML page, at most 2,000,000 characters (413 beyond); scripts, "
                + "navigation and markup are dropped, each block becomes a line") String html) {

    @AssertTrue(message = "send the article's text or its html, one of them")
    @Schema(hidden = true)
    public boolean isTextOrHtml() {
        return (text == null) != (html == null);
    }

    @AssertTrue(message = "retrievedOn must not be before publishedOn")
    @Schema(hidden = true)
    public boolean isRetrievedAfterPublished() {
        return publishedOn == null || retrievedOn == null || !retrievedOn.isBefore(publishedOn);
    }
}
