package org.warledger.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where an event happened: a named place, its region and country, and optional coordinates with their precision. */
@Embeddable
public class Location {

    @Column(name = "location_name")
    public String name;

    @Column(name = "location_region")
    public String region;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "location_country")
    public String country;

    @Column(name = "location_latitude")
    public Double latitude;

    @Column(name = "location_longitude")
    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision")
    public LocationPrecision precision;

    public Location() {
    }

    public Location(String name, String region, String country, Double latitude, Double longitude,
            LocationPrecision precision) {
        this.name = name;
        this.region = region;
        this.country = country;
        this.latitude = latitude;
        this.longitude = longitude;
        this.precision = precision;
    }
}
