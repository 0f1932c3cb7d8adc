package org.warledger.event;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.IdempotencyContract;
import org.warledger.testing.JwtKeysResource;

/** The shared Idempotency-Key cases against the event create. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventIdempotencyTest extends IdempotencyContract {

    @Override
    protected String collection() {
        return "/api/events";
    }

    @Override
    protected String ownFilter() {
        return "tag";
    }

    @Override
    protected String freshOwn() {
        return "idem-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    protected Map<String, Object> record(String own) {
        return SampleEvents.kursk(own);
    }
}
