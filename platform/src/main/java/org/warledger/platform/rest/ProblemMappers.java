package org.warledger.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.failure.Violation;
import org.warledger.platform.json.InputLimits;
import org.warledger.platform.json.RefusedInput;
import org.warledger.platform.security.TokenRefused;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer. Bad input is a 4xx that names the
 * field; only a fault of the service itself is a 500, and that is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";
    private static final String STALE = "the record was changed by someone else meanwhile; read it again";
    /** Where a parser's own message starts naming its settings or classes; the words before it are kept. */
    private static final Pattern LIBRARY_WORDS = Pattern
            .compile("`|\\b(com\\.fasterxml|org\\.|io\\.|java\\.|jakarta\\.|[Jj]ackson"
                    + "|\\w*(Feature|Exception|Constraints|Parser|Token|Deserializer|Context)\\b)");

    /** Looked up when first needed: exception mappers may be built before the configuration mappings exist. */
    private final Instance<InputLimits> limits;
    private final CurrentVertxRequest request;

    public ProblemMappers(Instance<InputLimits> limits, CurrentVertxRequest request) {
        this.limits = limits;
        this.request = request;
    }

    @ServerExceptionMapper
    public Response problem(Refusal e, UriInfo uri) {
        return respond(status(e.reason()), e.getMessage(), e.violations(), uri);
    }

    /** The one HTTP status each reason of refusal is answered with. */
    static int status(Refusal.Reason reason) {
        return switch (reason) {
        case INVALID -> 400;
        case NOT_FOUND -> 404;
        case CONFLICT -> 409;
        case PRECONDITION_FAILED -> 412;
        case TOO_LARGE -> 413;
        case UNPROCESSABLE -> 422;
        case PRECONDITION_REQUIRED -> 428;
        case TOO_MANY_REQUESTS -> 429;
        };
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream().map(ProblemMappers::violation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList();
        return respond(400, null, violations, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        StreamConstraintsException limit = cause(e, StreamConstraintsException.class);
        if (limit != null) {
            return tooMuch(limit, uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String message;
            if (mapping instanceof RefusedInput refused) {
                message = refused.reason();
            } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "must be one of "
                        + Arrays.toString(format.getTargetType().getEnumConstants()).replaceAll("[\\[\\]]", "");
            } else if (cause(e, InputCoercionException.class) != null) {
                message = "is a number out of range";
            } else {
                message = "has a value of the wrong type or format";
            }
            return respond(400, field + ": " + message, List.of(new Violation(field, "body", message)), uri);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage() != null
                && mismatch.getOriginalMessage().startsWith("Trailing token")) {
            return respond(400, "the request body holds more than one JSON value; nothing may follow the document",
                    null, uri);
        }
        if (e instanceof JsonMappingException) {
            return respond(400, "the request body is not a JSON object of the documented shape", null, uri);
        }
        return respond(400, "the request body is not valid JSON" + plainWords(e), null, uri);
    }

    private Response tooMuch(StreamConstraintsException e, UriInfo uri) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return respond(400, "the request body nests objects and arrays more than " + limits.get().maxJsonDepth()
                    + " levels deep", null, uri);
        }
        if (message.contains("Number value length")) {
            return respond(400, "the request body holds a number with too many digits", null, uri);
        }
        return respond(413, "the request body is longer than " + limits.get().maxJsonBody().asLongValue()
                + " bytes, the most this endpoint accepts", null, uri);
    }

    /** The parser's description of what it found, cut before it names any of its own classes or settings. */
    static String plainWords(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return "";
        }
        Matcher library = LIBRARY_WORDS.matcher(message);
        if (library.find()) {
            message = message.substring(0, library.start());
        }
        message = message.replaceAll("[\\s(:;,]+$", "").strip();
        return message.isEmpty() ? "" : ": " + message;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge("a bearer token is required", "Bearer", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        TokenRefused refused = cause(e, TokenRefused.class);
        return refused == null ? challenge("a valid bearer token is required", INVALID_TOKEN, uri)
                : challenge(refused.getMessage(), INVALID_TOKEN, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "this operation needs the role editor", null, uri);
    }

    /**
     * A write that lost a race, found when Hibernate flushed or committed it: 412 when the caller's version came from
     * If-Match (as a version mismatch found by the service would be), else 409.
     */
    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return stale(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleWrite(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return stale(uri, headers);
    }

    private Response stale(UriInfo uri, HttpHeaders headers) {
        return respond(headers.getHeaderString(HttpHeaders.IF_MATCH) != null ? 412 : 409, STALE, null, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String detail = e.getMessage();
        if (detail == null || LIBRARY_WORDS.matcher(detail).find()) {
            Response.StatusType type = Response.Status.fromStatusCode(status);
            detail = type == null ? "HTTP " + status : "HTTP " + status + " " + type.getReasonPhrase();
        }
        return respond(status, detail, null, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        // A race lost at commit arrives wrapped by the transaction manager.
        if (cause(e, OptimisticLockException.class) != null || cause(e, StaleStateException.class) != null) {
            return stale(uri, headers);
        }
        LOG.error("request failed", e);
        return respond(500, "the service failed to handle this request; the failure was logged", null, uri);
    }

    private Response challenge(String detail, String header, UriInfo uri) {
        return Response.fromResponse(respond(401, detail, null, uri)).header(HttpHeaders.WWW_AUTHENTICATE, header)
                .build();
    }

    /**
     * The answer; at most {@code warledger.input.max-violations} violations are listed, with their total in
     * {@code violationCount}. A null detail is made from the listed violations. The request's trace id is named.
     */
    Response respond(int status, String detail, List<Violation> violations, UriInfo uri) {
        Integer count = null;
        if (violations != null && violations.size() > limits.get().maxViolations()) {
            count = violations.size();
            violations = violations.subList(0, limits.get().maxViolations());
        }
        if (detail == null) {
            detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "))
                    + (count == null ? "" : "; and " + (count - violations.size()) + " more (" + count + " in all)");
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase()
                : status == 422 ? "Unprocessable Content" : status == 428 ? "Precondition Required" : "Error";
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), violations, count,
                TraceIds.of(request.getCurrent() == null ? null : request.getCurrent().request()));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Violation violation(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String in = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        String field = names.isEmpty() ? "body" : String.join(".", names);
        return new Violation(field, in, violation.getMessage());
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
