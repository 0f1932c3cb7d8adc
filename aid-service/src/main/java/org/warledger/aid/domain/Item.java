package org.warledger.aid.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Something pledged ("F-16 aircraft", "Patriot batteries"), with how many were pledged and delivered when known. */
public record Item(@NotBlank @Size(max = 300) String name, @NotNull ItemCategory category,
        @PositiveOrZero Long quantity, @PositiveOrZero Long deliveredQuantity) {

    @JsonIgnore
    @AssertTrue(message = "deliveredQuantity cannot exceed the quantity pledged")
    public boolean isDeliveredWithinPledged() {
        return quantity == null || deliveredQuantity == null || deliveredQuantity <= quantity;
    }
}
