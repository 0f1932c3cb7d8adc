package org.warledger.event.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Withdraws an event from the active ledger; the record and its history stay. */
public record RetractionInput(@NotNull Long version, @NotBlank @Size(max = 2000) String reason) {
}
