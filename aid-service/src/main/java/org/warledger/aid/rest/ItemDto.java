package org.warledger.aid.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.aid.domain.ItemCategory;
import org.warledger.platform.validation.Name;

/** Something pledged ("F-16 aircraft", "Patriot batteries"), with how many were pledged and delivered when known. */
@Schema(name = "Item")
public record ItemDto(@NotBlank @Name @Size(max = 300) String name, @NotNull ItemCategory category,
        @PositiveOrZero @Max(value = MAX, message = "must be at most 1000000000000 (10^12)") Long quantity,
        @PositiveOrZero @Max(value = MAX, message = "must be at most 1000000000000 (10^12)") Long deliveredQuantity) {

    /** The largest quantity an item may state: 10^12. */
    public static final long MAX = 1_000_000_000_000L;

    @JsonIgnore
    @AssertTrue(message = "deliveredQuantity cannot exceed the quantity pledged")
    public boolean isDeliveredWithinPledged() {
        return quantity == null || deliveredQuantity == null || deliveredQuantity <= quantity;
    }
}
