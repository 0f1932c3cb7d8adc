package org.warledger.gateway.edge;

import graphql.ExecutionResult;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.warledger.gateway.engine.Plans;

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

    /**
     * A request ready to run: SmallRye's JSON input, the response media type, the cost to report, and — for a read sent
     * with GET — how its answer may be cached.
     */
    record Admitted(JsonObject input, String mediaType, RequestBudget.Cost cost, Caching caching) {
        static final String KEY = Admitted.class.getName();
    }

    /**
     * How a GET read's answer is cached: {@code Cache-Control} with this max-age ({@code public}, or {@code private}
     * when the request carried credentials), a strong {@code ETag} over the answer's bytes, and 304 when
     * {@code If-None-Match} names it. Null for POST: its answers are not cached.
     */
    record Caching(long maxAgeSeconds, boolean credentials, String ifNoneMatch) {
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
        Map<String, Object> metaData = getMetaData(ctx);
        Map<String, Object> withoutPlans = new HashMap<>(metaData);
        withoutPlans.put(Plans.WITHOUT_PLANS, Boolean.TRUE);
        Context request = Vertx.currentContext();
        Runnable again = () -> again(admitted, withoutPlans, new Writer(ctx, admitted, null));
        getExecutionService().executeAsync(admitted.input(), metaData, new Writer(ctx, admitted,
                request == null ? again : () -> request.runOnContext(ignored -> again.run())));
    }

    /**
     * Runs a request once more, without query plans: on the request's own Vert.x context and inside its request
     * context, as its first run began (SmallRye's handler activates it around {@link #doHandle}).
     */
    private void again(Admitted admitted, Map<String, Object> metaData, Writer writer) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate((InjectableContext.ContextState) metaData.get("state"));
        }
        try {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            getExecutionService().executeAsync(admitted.input(), metaData, writer);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    /**
     * Writes the answer of an execution; {@code again} runs the request once more without query plans, when its plan
     * declined (null for that run itself).
     */
    private record Writer(RoutingContext ctx, Admitted admitted, Runnable again) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            ByteBuf written = plain(result)
                    ? ResultJson.write(result.getData(), admitted.cost().toMap(), PooledByteBufAllocator.DEFAULT)
                    : null;
            boolean requestError = false;
            ByteBuf body;
            if (written != null) {
                body = written;
            } else {
                JsonObject json = response.getExecutionResultAsJsonObject();
                JsonObjectBuilder extensions = json.containsKey("extensions")
                        ? JSON.createObjectBuilder(json.getJsonObject("extensions")) : JSON.createObjectBuilder();
                extensions.add("cost", JSON.createObjectBuilder(admitted.cost().toMap()));
                body = Unpooled.wrappedBuffer(JSON.createObjectBuilder(json).add("extensions", extensions).build()
                        .toString().getBytes(StandardCharsets.UTF_8));
                requestError = !json.containsKey("data");
            }
            int status = requestError && MediaTypes.GRAPHQL_RESPONSE_JSON.equals(admitted.mediaType()) ? 400 : 200;
            boolean sending = false;
            try {
                HttpServerResponse http = ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.withCharset(admitted.mediaType()))
                        .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                Caching caching = admitted.caching();
                if (caching != null) {
                    if (!result.getErrors().isEmpty() || status != 200) {
                        http.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    } else {
                        String etag = ETags.of(body.nioBuffer());
                        http.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL,
                                (caching.credentials() ? "private" : "public") + ", max-age="
                                        + caching.maxAgeSeconds());
                        if (ETags.matches(caching.ifNoneMatch(), etag)) {
                            http.setStatusCode(304).end();
                            return;
                        }
                    }
                }
                // Vert.x writes the buffer without releasing it; it is released once written (or the write failed).
                http.setStatusCode(status).end(Buffer.buffer(body)).onComplete(done -> body.release());
                sending = true;
            } catch (IllegalStateException e) {
                LOG.debugf("the client left before the answer: %s", e.getMessage());
            } finally {
                if (!sending) {
                    body.release();
                }
            }
        }

        /** A result with data and nothing else: written by {@link ResultJson}, everything else by SmallRye. */
        private static boolean plain(ExecutionResult result) {
            return result.isDataPresent() && result.getErrors().isEmpty()
                    && (result.getExtensions() == null || result.getExtensions().isEmpty())
                    && !Config.get().isExcludeNullFieldsInResponses();
        }

        @Override
        public void fail(Throwable t) {
            if (again != null && Plans.declined(t)) {
                LOG.debugf("run again without a plan: %s", t.getMessage());
                again.run();
                return;
            }
            ctx.fail(t);
        }
    }
}
