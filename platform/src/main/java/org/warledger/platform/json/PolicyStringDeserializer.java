package org.warledger.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.warledger.platform.text.TextPolicy;

/** Every string of a request body, read as Jackson reads it and then held to the {@link TextPolicy}. */
final class PolicyStringDeserializer extends StdScalarDeserializer<String> {

    static final PolicyStringDeserializer INSTANCE = new PolicyStringDeserializer();

    private PolicyStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        try {
            return TextPolicy.accept(text);
        } catch (TextPolicy.Refused e) {
            throw new RefusedInput(p, e.getMessage());
        }
    }
}
