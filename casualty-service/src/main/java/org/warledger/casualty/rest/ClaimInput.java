package org.warledger.casualty.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.EquipmentType;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Scope;
import org.warledger.platform.validation.Name;

/** A casualty claim as a client records it. */
@Schema(name = "ClaimInput",
        description = "A figure as someone stated it. " + "Send qualifier with value (low/high for RANGE).")
public record ClaimInput(
        @NotBlank @Name @Size(max = 300) @Schema(
                description = "Who states the figure " + "(not the outlet that reported it)") String claimant,
        @NotNull @Pattern(regexp = "[A-Z]{2,12}",
                message = "must be a country code such as RU " + "or an organisation code such as NATO") @Schema(
                        description = "Whose losses: " + "ISO 3166-1 alpha-2 code or organisation code") String subject,
        @Size(max = 200) @Name @Schema(description = "A force within the subject, e.g. Wagner Group") String force,
        @NotNull Category category,
        @Schema(description = "Required exactly when category is EQUIPMENT") EquipmentType equipmentType,
        @NotNull @Valid Figure figure, @NotNull @Valid Scope scope,
        @NotNull @Schema(description = "The date the figure was true as of") LocalDate asOf,
        @Schema(description = "The date the claimant stated it") LocalDate statedOn,
        @Schema(description = "The event this claim is about (owned by event-service)") UUID eventId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SourceDto> sources,
        @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+",
                message = "must be printable characters " + "without spaces") @Schema(
                        description = "The caller's own stable key; "
                                + "a second create with the same key is refused") String externalKey) {

    @JsonIgnore
    @AssertTrue(message = "equipmentType is required for EQUIPMENT and not allowed for personnel categories")
    public boolean isEquipmentTypeConsistent() {
        return category == null || (category == Category.EQUIPMENT) == (equipmentType != null);
    }

    @JsonIgnore
    @AssertTrue(message = "asOf must not be before the scope starts")
    public boolean isAsOfWithinScope() {
        return scope == null || asOf == null || scope.from() == null || !asOf.isBefore(scope.from());
    }

    @JsonIgnore
    @AssertTrue(message = Scope.STATED_BEFORE_AS_OF)
    public boolean isStatedAfterAsOf() {
        return scope == null || scope.allowsStatedOn(asOf, statedOn);
    }
}
