package org.warledger.aid.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.aid.domain.PledgeStatus;

/** A dated, sourced step of a pledge's lifecycle. */
@Schema(name = "StatusInput")
public record StatusInput(@NotNull PledgeStatus status,
        @NotNull @Schema(description = "The date the pledge reached this status") LocalDate on,
        @NotNull @Valid @Schema(description = "Who reported it") SourceDto source,
        @Schema(description = "Optional: the version this is based on; a stale one gets 409") Long version) {
}
