package org.warledger.intake.domain;

/**
 * The owning service refused to create a candidate's record: its status and its problem answer, passed back to the
 * caller as they are. {@code unavailable} when the service could not be reached or failed (5xx).
 */
public class RecordRefused extends RuntimeException {

    private final int status;
    private final String problem;
    private final boolean unavailable;

    public RecordRefused(int status, String problem, boolean unavailable) {
        super("the owning service answered " + status, null, false, false);
        this.status = status;
        this.problem = problem;
        this.unavailable = unavailable;
    }

    public int status() {
        return status;
    }

    public String problem() {
        return problem;
    }

    public boolean unavailable() {
        return unavailable;
    }
}
