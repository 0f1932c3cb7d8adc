package org.warledger.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's changes to a candidate before it becomes a record. */
@Schema(name = "AcceptanceInput")
public record AcceptanceInput(@Schema(type = SchemaType.OBJECT,
        description = "A JSON merge patch (RFC 7386) over proposed: {\"claimant\": \"Ukrainian General Staff\"}; "
                + "null removes a field. sources and externalKey are set by the service.") JsonNode edits) {
}
