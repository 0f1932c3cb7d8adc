package org.warledger.event.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.warledger.event.domain.LocationPrecision;

/** Where an event happened, in the API's JSON. */
@Schema(name = "Location")
public record LocationDto(@Size(max = 300) String name, @Size(max = 300) String region, @CountryCode String country,
        @DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
        LocationPrecision precision) {

    @JsonIgnore
    @AssertTrue(message = "latitude and longitude go together, with a precision")
    public boolean isCoordinatesComplete() {
        boolean none = latitude == null && longitude == null;
        boolean both = latitude != null && longitude != null && precision != null;
        return none || both;
    }
}
