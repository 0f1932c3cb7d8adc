package org.warledger.gateway.engine;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.warledger.gateway.client.ServiceException;
import org.warledger.gateway.resolver.Pages;

/**
 * Adds to a GraphQL error caused by a service what a client needs to act on it: which service, its HTTP status and the
 * field violations of its problem+json answer. An argument the gateway refuses itself is reported as one violation of
 * that argument ({@code in: "argument"}).
 */
public final class ServiceErrorExtensions {

    private ServiceErrorExtensions() {
    }

    public static class Service implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "service";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return exception instanceof ServiceException e ? Json.createValue(e.service()) : null;
        }
    }

    public static class Status implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "status";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            return exception instanceof ServiceException e ? Json.createValue(e.status()) : null;
        }
    }

    public static class Violations implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "violations";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            if (exception instanceof Pages.BadArgument bad) {
                return Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", bad.argument())
                        .add("in", "argument").add("message", bad.problem())).build();
            }
            if (!(exception instanceof ServiceException e) || e.violations().isEmpty()) {
                return null;
            }
            JsonArrayBuilder list = Json.createArrayBuilder();
            e.violations()
                    .forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field() == null ? "" : v.field())
                            .add("message", v.message() == null ? "" : v.message())));
            return list.build();
        }
    }
}
