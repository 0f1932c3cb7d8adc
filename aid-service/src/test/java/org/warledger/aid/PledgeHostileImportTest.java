package org.warledger.aid;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.warledger.aid.repository.PledgeRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.HostileImportContract;
import org.warledger.testing.JwtKeysResource;

/** The shared hostile-import cases against the aid-pledge import. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class PledgeHostileImportTest extends HostileImportContract {

    @Inject
    PledgeRepository repository;

    @Inject
    ObjectMapper json;

    @Override
    protected String collection() {
        return "/api/aid-pledges";
    }

    @Override
    protected String ownFilter() {
        return "donor";
    }

    @Override
    protected String freshOwn() {
        return Pledges.freshDonor();
    }

    /** A pledge of the test's own donor code, so that it sees only its own pledges. */
    @Override
    protected Map<String, Object> record(String own, String key) {
        Map<String, Object> record = Pledges.pledge(own, "PLEDGE", "ANNOUNCED", "2024-07-10", 100, "EUR");
        record.put("externalKey", key);
        return record;
    }

    @Override
    protected long stored() {
        return repository.count();
    }

    @Override
    protected ObjectMapper json() {
        return json;
    }
}
