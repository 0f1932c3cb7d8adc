package org.warledger.event.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** Where an event happened: a named place, its region and country, and optional coordinates with their precision. */
@Embeddable
public class Location {

    @Size(max = 300)
    @Column(name = "location_name")
    public String name;

    @Size(max = 300)
    @Column(name = "location_region")
    public String region;

    @CountryCode
    @Column(name = "location_country")
    public String country;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Column(name = "location_latitude")
    public Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Column(name = "location_longitude")
    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    public LocationPrecision precision;

    @JsonIgnore
    @AssertTrue(message = "latitude and longitude go together, with a precision")
    public boolean isCoordinatesComplete() {
        boolean none = latitude == null && longitude == null;
        boolean both = latitude != null && longitude != null && precision != null;
        return none || both;
    }
}
