package org.warledger.casualty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.IdempotencyContract;
import org.warledger.testing.JwtKeysResource;

/** The shared Idempotency-Key cases against the claim create. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimIdempotencyTest extends IdempotencyContract {

    @Override
    protected String collection() {
        return Claims.CLAIMS;
    }

    @Override
    protected String ownFilter() {
        return "subject";
    }

    @Override
    protected String freshOwn() {
        return Claims.freshSubject();
    }

    @Override
    protected Map<String, Object> record(String own) {
        return Claims.cumulative("General Staff", own, "KILLED", "EXACT", 10, "2024-07-10");
    }
}
