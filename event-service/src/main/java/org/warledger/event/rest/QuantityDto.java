package org.warledger.event.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.platform.validation.Name;

/** A number an event reports ("about 11,000 North Korean troops"), in the API's JSON. */
@Schema(name = "Quantity")
public record QuantityDto(@NotBlank @Size(max = 200) String measure, @Size(max = 100) String unit,
        @NotNull @Valid FigureDto figure, @Size(max = 300) @Name String claimant) {
}
