package org.warledger.platform.failure;

import java.util.List;

/**
 * A request this service refuses for a reason of its own rules (a record that does not exist, a stale version, a value
 * that cannot be accepted in this state). Raised by any layer; the REST layer answers it as a problem whose status
 * follows from {@link Reason}.
 */
public class Refusal extends RuntimeException {

    /** Why a request is refused; each reason has one HTTP status at the edge. */
    public enum Reason {
        INVALID, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, TOO_LARGE, UNPROCESSABLE, PRECONDITION_REQUIRED,
        TOO_MANY_REQUESTS
    }

    private final Reason reason;
    private final List<Violation> violations;

    public Refusal(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Refusal(Reason reason, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.reason = reason;
        this.violations = violations;
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }
}
