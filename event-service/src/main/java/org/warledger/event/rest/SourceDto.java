package org.warledger.event.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.platform.text.TextPolicy;
import org.warledger.platform.validation.Name;

/** Where a statement was published, in the API's JSON. */
@Schema(name = "Source")
public record SourceDto(
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL") String url,
        @Size(max = 300) @Name String publisher, @Size(max = 1000) String title, LocalDate publishedOn,
        LocalDate retrievedOn, @Size(max = 10000) String quote) {

    @JsonIgnore
    @AssertTrue(message = "a source needs a url, a publisher or a title")
    public boolean isIdentified() {
        return present(url) || present(publisher) || present(title);
    }

    private static boolean present(String text) {
        return !TextPolicy.isBlank(text);
    }
}
