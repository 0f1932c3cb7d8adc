package org.warledger.aid;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.IdempotencyContract;
import org.warledger.testing.JwtKeysResource;

/** The shared Idempotency-Key cases against the pledge create. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeIdempotencyTest extends IdempotencyContract {

    @Override
    protected String collection() {
        return Pledges.PLEDGES;
    }

    @Override
    protected String ownFilter() {
        return "donor";
    }

    @Override
    protected String freshOwn() {
        return Pledges.freshDonor();
    }

    @Override
    protected Map<String, Object> record(String own) {
        return Pledges.pledge(own, "PLEDGE", "ANNOUNCED", "2024-07-10", 100, "EUR");
    }
}
