package org.warledger.gateway.resolver;

import io.smallrye.mutiny.Uni;
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
        } catch (RuntimeException e) {
            throw translate(service, e);
        }
    }

    /** The same for a non-blocking call: its failure names the service. */
    static <T> Uni<T> call(String service, Uni<T> call) {
        return call.onFailure().transform(e -> translate(service, e));
    }

    private static RuntimeException translate(String service, Throwable e) {
        if (e instanceof FaultToleranceException fault) {
            return new ServiceException.Unavailable(service, describe(fault), e);
        }
        if (e instanceof ProcessingException || !(e instanceof RuntimeException)) {
            return new ServiceException.Unavailable(service, "cannot be reached", e);
        }
        return (RuntimeException) e;
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
