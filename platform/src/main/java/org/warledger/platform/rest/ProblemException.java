package org.warledger.platform.rest;

import java.util.List;

/** Ends a request with a problem response; thrown by this service's own checks. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String detail) {
        this(status, detail, null);
    }

    public ProblemException(int status, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.violations = violations;
    }

    public int status() {
        return status;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
