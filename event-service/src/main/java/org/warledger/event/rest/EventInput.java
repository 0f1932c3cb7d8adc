package org.warledger.event.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.event.domain.DatePrecision;
import org.warledger.event.domain.EventType;
import org.warledger.platform.validation.Name;

/** What a client sends to create or replace an event. */
@Schema(name = "EventInput", description = "An event as reported. On update, send the version you based it on.")
public record EventInput(@NotBlank @Size(max = 500) String title, @NotNull EventType type,
        @NotNull @Schema(description = "The day the event happened or began; see datePrecision") LocalDate date,
        @Schema(description = "How precisely date is known; DAY when omitted") DatePrecision datePrecision,
        @Schema(description = "Last day of an event that spans several days") LocalDate endDate,
        @Size(max = 20000) String summary, @Size(max = 100) List<@NotBlank @Name @Size(max = 200) String> actors,
        @Valid LocationDto location, @NotEmpty @Size(max = 50) List<@NotNull @Valid SourceDto> sources,
        @Size(max = 50) List<@NotBlank @Name @Size(max = 100) String> tags,
        @Size(max = 100) List<@NotNull @Valid QuantityDto> quantities,
        @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+",
                message = "must be printable characters " + "without spaces") @Schema(
                        description = "The caller's own stable key for the record; "
                                + "a second create with the same key is refused") String externalKey,
        @Schema(description = "On update: the version this change is based on (or send If-Match)") Long version) {

    @JsonIgnore
    @AssertTrue(message = "endDate must not be before date")
    public boolean isEndDateAfterDate() {
        return date == null || endDate == null || !endDate.isBefore(date);
    }
}
