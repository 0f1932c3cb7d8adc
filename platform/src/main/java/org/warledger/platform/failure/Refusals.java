package org.warledger.platform.failure;

import java.util.List;

/** The refusals this service's own checks raise, in the same shape Bean Validation failures get. */
public final class Refusals {

    private Refusals() {
    }

    /** A query parameter that cannot be used, reported as a field violation. */
    public static Refusal badQueryParameter(String name, String message) {
        return new Refusal(Refusal.Reason.INVALID, name + ": " + message,
                List.of(new Violation(name, "query", message)));
    }

    /** A body field whose value cannot be accepted in this state of the record. */
    public static Refusal badField(String field, String message) {
        return new Refusal(Refusal.Reason.INVALID, field + ": " + message,
                List.of(new Violation(field, "body", message)));
    }

    /** A request that cannot be used as a whole, such as an unreadable import. */
    public static Refusal invalid(String detail) {
        return new Refusal(Refusal.Reason.INVALID, detail);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Refusal.Reason.NOT_FOUND, what + " does not exist");
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Refusal.Reason.CONFLICT, detail);
    }

    /** The version the caller made a precondition (If-Match) is not the record's. */
    public static Refusal preconditionFailed(String detail) {
        return new Refusal(Refusal.Reason.PRECONDITION_FAILED, detail);
    }

    public static Refusal preconditionRequired(String detail) {
        return new Refusal(Refusal.Reason.PRECONDITION_REQUIRED, detail);
    }

    /** A well-formed request that cannot be carried out as sent, such as a reused Idempotency-Key. */
    public static Refusal unprocessable(String detail) {
        return new Refusal(Refusal.Reason.UNPROCESSABLE, detail);
    }

    /** More than a limit allows, refused before it is carried out. */
    public static Refusal tooLarge(String detail) {
        return new Refusal(Refusal.Reason.TOO_LARGE, detail);
    }
}
