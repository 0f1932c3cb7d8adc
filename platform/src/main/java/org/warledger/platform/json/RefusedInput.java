package org.warledger.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body value refused while it was read, before anything else is done with it. Jackson adds the field path as the
 * exception leaves each object and array, so that the answer names the field; {@link #reason()} says why in the
 * client's words.
 */
public class RefusedInput extends JsonMappingException {

    private final String reason;

    public RefusedInput(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
