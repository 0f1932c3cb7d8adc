package org.warledger.platform.rest;

import java.util.List;

/** The problems this service's own checks raise, in the same shape Bean Validation failures get. */
public final class Problems {

    private Problems() {
    }

    /** A query parameter that cannot be used, reported as a field violation. */
    public static ProblemException badQueryParameter(String name, String message) {
        return new ProblemException(400, name + ": " + message, List.of(new Problem.Violation(name, "query", message)));
    }

    /** A body field whose value cannot be accepted in this state of the record. */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, field + ": " + message,
                List.of(new Problem.Violation(field, "body", message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, what + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, detail);
    }
}
