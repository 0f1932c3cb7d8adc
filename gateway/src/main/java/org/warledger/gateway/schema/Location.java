package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an event happened; coordinates come with how precisely they place it")
public record Location(String name, String region, @Description("ISO 3166-1 alpha-2") String country, Double latitude,
        Double longitude, LocationPrecision precision) {
}
