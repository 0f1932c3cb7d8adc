package org.warledger.casualty.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Withdraws a claim; the claim and its history stay. */
public record RetractionInput(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
}
