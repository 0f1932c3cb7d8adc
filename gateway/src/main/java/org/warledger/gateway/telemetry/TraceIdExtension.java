package org.warledger.gateway.telemetry;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** {@code extensions.traceId} of every GraphQL error a resolver raised: the trace of the request (see TraceIds). */
public class TraceIdExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "traceId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        String traceId = TraceIds.current();
        return traceId == null ? null : Json.createValue(traceId);
    }
}
