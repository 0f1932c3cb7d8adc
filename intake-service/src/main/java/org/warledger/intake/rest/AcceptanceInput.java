package org.warledger.intake.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's changes to a candidate before it becomes a record. */
@Schema(name = "AcceptanceInput")
public record AcceptanceInput(@Schema(
        description = "A JSON merge patch (RFC 7386) over proposed: {\"claimant\": \"Ukrainian General Staff\"}; "
                + "null removes a field. sources and externalKey are set by the service.") Map<String, Object> edits) {
}
