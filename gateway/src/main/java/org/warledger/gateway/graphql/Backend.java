package org.warledger.gateway.graphql;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.warledger.gateway.client.ServiceException;

/** Turns a failed service call into an error that names the service, so the rest of a query still answers. */
final class Backend {

    private Backend() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceException e) {
            throw e;
        } catch (FaultToleranceException e) {
            throw new ServiceException.Unavailable(service, describe(e), e);
        } catch (ProcessingException e) {
            throw new ServiceException.Unavailable(service, "cannot be reached", e);
        }
    }

    /** A look-up of one record: an unknown id is null, not an error. */
    static <T> T find(String service, Supplier<T> call) {
        try {
            return call(service, call);
        } catch (ServiceException.Rejected e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static String describe(FaultToleranceException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
        case "TimeoutException" -> "it did not answer in time";
        case "CircuitBreakerOpenException" -> "it failed repeatedly and is given time to recover";
        case "BulkheadException" -> "too many requests are waiting for it";
        default -> type;
        };
    }
}
