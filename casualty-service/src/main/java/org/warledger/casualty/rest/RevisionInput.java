package org.warledger.casualty.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Figure;

/** A correction of a claim's figure. The value it corrects stays in the history, marked SUPERSEDED. */
@Schema(name = "RevisionInput")
public record RevisionInput(@NotNull @Schema(description = "The version of the claim this corrects") Long version,
        @NotNull @Valid Figure figure, @NotNull LocalDate asOf, LocalDate statedOn,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SourceDto> sources,
        @Size(max = 2000) @Schema(description = "Why the figure changed") String note) {
}
