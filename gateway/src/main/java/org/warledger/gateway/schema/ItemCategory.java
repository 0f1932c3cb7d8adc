package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of item is pledged")
public enum ItemCategory {
    AIRCRAFT, HELICOPTER, AIR_DEFENSE, MISSILE, ARTILLERY, AMMUNITION, TANK, ARMORED_VEHICLE, VEHICLE, DRONE, SHIP,
    SMALL_ARMS, EQUIPMENT, OTHER
}
