package org.warledger.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of equipment an EQUIPMENT claim counts")
public enum EquipmentType {
    TANK, ARMORED_VEHICLE, ARTILLERY, AIRCRAFT, HELICOPTER, DRONE, SHIP, AIR_DEFENSE, VEHICLE, OTHER
}
