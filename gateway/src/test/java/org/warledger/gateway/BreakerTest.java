package org.warledger.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.warledger.gateway.client.AidServiceClient;
import org.warledger.gateway.client.CasualtyServiceClient;
import org.warledger.gateway.client.EventServiceClient;

/**
 * The circuit breakers, switched on as in production: a service's refusals of bad input (4xx) never open its breaker,
 * so one client sending bad queries cannot take a service away from everyone; its own failures (5xx, timeouts) do.
 */
@QuarkusTest
@TestProfile(BreakerTest.Breakers.class)
class BreakerTest {

    /** The breakers as in production (the other tests switch them off); aid-service times out after 300 ms. */
    public static class Breakers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>();
            settings.putAll(ReadSettings.of(EventServiceClient.class, "circuit-breaker.enabled", "true"));
            settings.putAll(ReadSettings.of(CasualtyServiceClient.class, "circuit-breaker.enabled", "true"));
            settings.putAll(ReadSettings.of(AidServiceClient.class, "circuit-breaker.enabled", "true"));
            settings.putAll(ReadSettings.of(AidServiceClient.class, "timeout.value", "300"));
            return settings;
        }
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        FakeServices.reset();
        breakers.resetAll();
    }

    @Test
    void thirtyQueriesTheServiceRefusesLeaveItsBreakerClosed() {
        for (int i = 0; i < 30; i++) {
            GatewayTest.graphql("{ events(country: \"XXX\") { edges { cursor } } }").body("data", nullValue())
                    .body("errors[0].extensions.service", equalTo("event-service"))
                    .body("errors[0].extensions.status", equalTo(400))
                    .body("errors[0].extensions.violations[0].field", equalTo("country"));
        }
        assertEquals(30, FakeServices.calls("event-service"));
        GatewayTest.graphql("{ events(first: 2) { edges { node { title } } } }").body("errors", nullValue())
                .body("data.events.edges", hasSize(2));
        assertEquals(31, FakeServices.calls("event-service"));
    }

    @Test
    void unknownIdsLookedUpOneByOneLeaveTheBreakerClosed() {
        for (int i = 0; i < 30; i++) {
            GatewayTest.graphql("{ event(id: \"00000000-0000-4000-8000-9999999999" + (10 + i) + "\") { id } }")
                    .body("errors", nullValue()).body("data.event", nullValue());
        }
        GatewayTest.graphql("{ event(id: \"" + FakeServices.eventId(3) + "\") { title } }").body("errors", nullValue())
                .body("data.event.title", equalTo("Event 3"));
    }

    @Test
    void repeatedServerErrorsOpenTheBreakerAndTheOtherServicesStillAnswer() {
        FakeServices.BROKEN.add("casualty-service");
        String claims = "{ casualtyClaims(first: 1) { edges { node { id } } } }";
        for (int i = 0; i < 20; i++) {
            GatewayTest.graphql(claims).body("errors[0].message", containsString("casualty-service is unavailable"));
        }
        assertEquals(20, FakeServices.calls("casualty-service"));
        FakeServices.BROKEN.clear();
        GatewayTest.graphql(claims).body("errors[0].message",
                containsString("casualty-service is unavailable: it failed repeatedly and is given time to recover"));
        assertEquals(20, FakeServices.calls("casualty-service"), "an open breaker calls nobody");
        GatewayTest.graphql("{ events(first: 1) { edges { node { title } } } }").body("errors", nullValue());
    }

    @Test
    void repeatedTimeoutsOpenTheBreaker() {
        FakeServices.SLOW.add("aid-service");
        String pledges = "{ aidPledges(first: 1) { edges { node { id } } } }";
        for (int i = 0; i < 20; i++) {
            GatewayTest.graphql(pledges).body("errors[0].message",
                    containsString("aid-service is unavailable: it did not answer in time"));
        }
        FakeServices.SLOW.clear();
        GatewayTest.graphql(pledges).body("errors[0].message",
                containsString("aid-service is unavailable: it failed repeatedly and is given time to recover"));
    }
}
