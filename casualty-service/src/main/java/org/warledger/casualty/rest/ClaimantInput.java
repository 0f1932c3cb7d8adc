package org.warledger.casualty.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.casualty.domain.ClaimantKind;
import org.warledger.platform.validation.Name;

/** A claimant identity as an editor states it; version only when changing one. */
@Schema(name = "ClaimantInput", description = "A claimant identity: its name, the other names it is written with, "
        + "what it is and whom it speaks for")
public record ClaimantInput(@NotBlank @Name @Size(max = 300) @Schema(description = "Canonical name") String name,
        @Size(max = 50) @Schema(description = "Other names, at most 50; no name may belong to another "
                + "claimant") List<@NotBlank @Name @Size(max = 300) String> aliases,
        @NotNull ClaimantKind kind,
        @Pattern(regexp = "[A-Z]{2,12}(\\+[A-Z]{2,12}){0,7}",
                message = "must be a country or organisation code such as US or NATO, or up to 8 of them joined "
                        + "by + for a joint claimant") @Schema(
                                description = "Whom it speaks for: a party code, or several joined by + (GB+US)") String affiliation,
        @Schema(description = "The larger body it belongs to; must exist, and not be the claimant itself or one of "
                + "its own parts") UUID parentId,
        @Schema(description = "The version being changed (an update), or send If-Match") Long version) {

    public List<String> aliasesOrNone() {
        return aliases == null ? List.of() : aliases;
    }

    @JsonIgnore
    @AssertTrue(message = "affiliation must not name a party twice")
    public boolean isAffiliationDistinct() {
        return affiliation == null
                || Arrays.stream(affiliation.split("\\+")).distinct().count() == affiliation.split("\\+").length;
    }
}
