package org.warledger.gateway.edge;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.jboss.logging.Logger;

/**
 * Runs a request the edge has admitted ({@link GraphQlEndpoint}) with SmallRye's execution service, inside the request
 * context and security identity SmallRye's own handler would set up (its base class does that), and writes the answer
 * as GraphQL over HTTP wants it: in the negotiated media type, with the request's cost in {@code extensions.cost}, and
 * — for {@code application/graphql-response+json} — 400 when the result has no {@code data} (a variable that does not
 * coerce, for example). SmallRye's own HTTP handler answered 200 to those, took its content type from the raw Accept
 * header and URL-decoded GET parameters twice.
 */
final class GraphQlExecution extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQlExecution.class);
    private static final JsonProvider JSON = JsonProvider.provider();

    /** A request ready to run: SmallRye's JSON input, the response media type and the cost to report. */
    record Admitted(JsonObject input, String mediaType, RequestBudget.Cost cost) {
        static final String KEY = Admitted.class.getName();
    }

    GraphQlExecution(CurrentIdentityAssociation identity, CurrentVertxRequest request, boolean runBlocking) {
        super(identity, request, runBlocking);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Admitted admitted = ctx.get(Admitted.KEY);
        if (admitted == null) {
            // Every request reaches this route through the edge's, which admits it or answers; never seen otherwise.
            ctx.fail(500);
            return;
        }
        getExecutionService().executeAsync(admitted.input(), getMetaData(ctx), new Writer(ctx, admitted));
    }

    private record Writer(RoutingContext ctx, Admitted admitted) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            JsonObject result = response.getExecutionResultAsJsonObject();
            JsonObjectBuilder extensions = result.containsKey("extensions")
                    ? JSON.createObjectBuilder(result.getJsonObject("extensions")) : JSON.createObjectBuilder();
            extensions.add("cost", JSON.createObjectBuilder(admitted.cost().toMap()));
            String body = JSON.createObjectBuilder(result).add("extensions", extensions).build().toString();
            boolean requestError = !result.containsKey("data");
            int status = requestError && MediaTypes.GRAPHQL_RESPONSE_JSON.equals(admitted.mediaType()) ? 400 : 200;
            try {
                ctx.response().setStatusCode(status)
                        .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.withCharset(admitted.mediaType()))
                        .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT).end(Buffer.buffer(body));
            } catch (IllegalStateException e) {
                LOG.debugf("the client left before the answer: %s", e.getMessage());
            }
        }

        @Override
        public void fail(Throwable t) {
            ctx.fail(t);
        }
    }
}
