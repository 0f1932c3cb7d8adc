package org.warledger.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RealServices} with tracing switched on the way an operator does it, through the environment of the packaged
 * services, and the gateway under test configured alike; all four export over OTLP/HTTP to one {@link OtlpReceiver}.
 */
public class TracedServices extends RealServices {

    static OtlpReceiver receiver;

    /** The real services' profile, with this resource instead. */
    public static class Profile extends RealServices.Profile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TracedServices.class));
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            receiver = new OtlpReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.otel.sdk.disabled", "false");
        config.put("quarkus.otel.exporter.otlp.endpoint", receiver.endpoint());
        config.put("quarkus.otel.exporter.otlp.protocol", "http/protobuf");
        config.put("quarkus.otel.bsp.schedule.delay", "100ms");
        return config;
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("QUARKUS_OTEL_SDK_DISABLED", "false", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
    }

    @Override
    public void stop() {
        super.stop();
        if (receiver != null) {
            receiver.close();
        }
    }
}
