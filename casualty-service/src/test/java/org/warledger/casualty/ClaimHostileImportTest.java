package org.warledger.casualty;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.warledger.casualty.repository.ClaimRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.HostileImportContract;
import org.warledger.testing.JwtKeysResource;

/** The shared hostile-import cases against the casualty-claim import. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class ClaimHostileImportTest extends HostileImportContract {

    @Inject
    ClaimRepository repository;

    @Inject
    ObjectMapper json;

    @Override
    protected String collection() {
        return "/api/casualty-claims";
    }

    @Override
    protected String ownFilter() {
        return "subject";
    }

    @Override
    protected String freshOwn() {
        return Claims.freshSubject();
    }

    /** A claim about the test's own subject code, so that it sees only its own claims. */
    @Override
    protected Map<String, Object> record(String own, String key) {
        Map<String, Object> record = Claims.cumulative("General Staff", own, "KILLED", "EXACT", 10, "2024-07-10");
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
