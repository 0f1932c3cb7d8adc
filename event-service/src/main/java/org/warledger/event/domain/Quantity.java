package org.warledger.event.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.warledger.platform.validation.Name;

/** A number an event reports ("about 11,000 North Korean troops"): itself a claim, with its wording and claimant. */
public record Quantity(@NotBlank @Size(max = 200) String measure, @Size(max = 100) String unit,
        @NotNull @Valid Figure figure, @Size(max = 300) @Name String claimant) {
}
