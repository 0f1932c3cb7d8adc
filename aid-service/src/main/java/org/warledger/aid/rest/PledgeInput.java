package org.warledger.aid.rest;

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
import org.warledger.aid.domain.AidType;
import org.warledger.aid.domain.Kind;
import org.warledger.aid.domain.PledgeStatus;

/** An aid record as a client enters it. */
@Schema(name = "PledgeInput")
public record PledgeInput(@NotBlank @Size(max = 500) String title,
        @NotNull @Pattern(regexp = PARTY, message = PARTY_MESSAGE) @Schema(
                description = "Country code such as DE " + "or organisation code such as NATO") String donor,
        @NotNull @Pattern(regexp = PARTY, message = PARTY_MESSAGE) @Schema(description = "Usually UA") String recipient,
        @NotNull @Schema(description = "PLEDGE, REPORTED_TOTAL (a reported cumulative figure) or CONTRACT "
                + "(production or procurement, not a transfer)") Kind kind,
        @NotNull AidType type,
        @Schema(description = "The status when first reported; ANNOUNCED when omitted") PledgeStatus status,
        @NotNull LocalDate announcedOn,
        @Valid @Schema(description = "The amount as reported; omit when unknown") MoneyDto value,
        @Size(max = 100) List<@NotNull @Valid ItemDto> items,
        @Size(max = 500) @Schema(
                description = "As reported: \"over the coming year\", " + "\"by the summer\"") String timeframe,
        @Schema(description = "The larger package this one is part of; it is never added on top of it") UUID parentId,
        @Schema(description = "The event this record is about (owned by event-service)") UUID eventId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SourceDto> sources,
        @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+",
                message = "must be printable characters " + "without spaces") @Schema(
                        description = "The caller's own stable key; "
                                + "a second create with the same key is refused") String externalKey) {

    static final String PARTY = "[A-Z]{2,12}";
    static final String PARTY_MESSAGE = "must be a country code such as DE or an organisation code such as NATO";

    @JsonIgnore
    @AssertTrue(message = "donor and recipient must differ")
    public boolean isDonorNotRecipient() {
        return donor == null || !donor.equals(recipient);
    }
}
