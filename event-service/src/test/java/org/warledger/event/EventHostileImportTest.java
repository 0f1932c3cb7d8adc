package org.warledger.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.warledger.event.repository.EventRepository;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.HostileImportContract;
import org.warledger.testing.JwtKeysResource;

/** The shared hostile-import cases against the event import. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventHostileImportTest extends HostileImportContract {

    @Inject
    EventRepository repository;

    @Inject
    ObjectMapper json;

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
        return "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An event with the test's own tag, so that it sees only its own events. */
    @Override
    protected Map<String, Object> record(String own, String key) {
        Map<String, Object> record = SampleEvents.kursk(own);
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
