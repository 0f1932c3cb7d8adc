package org.warledger.gateway;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * Fault-tolerance settings for every read of a service client: the reads are the methods with a circuit breaker, and
 * each method's settings have their own key ({@code quarkus.fault-tolerance."<class>/<method>".<setting>}).
 */
final class ReadSettings {

    private ReadSettings() {
    }

    static Map<String, String> of(Class<?> client, String setting, String value) {
        Map<String, String> settings = new HashMap<>();
        for (Method method : client.getDeclaredMethods()) {
            if (method.isAnnotationPresent(CircuitBreaker.class)) {
                settings.put("quarkus.fault-tolerance.\"" + client.getName() + "/" + method.getName() + "\"." + setting,
                        value);
            }
        }
        return settings;
    }
}
