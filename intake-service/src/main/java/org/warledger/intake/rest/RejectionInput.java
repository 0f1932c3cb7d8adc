package org.warledger.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a candidate is not a record. */
@Schema(name = "RejectionInput")
public record RejectionInput(@NotBlank @Size(max = 1000) String reason) {
}
