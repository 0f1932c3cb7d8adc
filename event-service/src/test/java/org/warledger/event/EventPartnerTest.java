package org.warledger.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.partner.event.ApiClient;
import org.warledger.partner.event.ApiException;
import org.warledger.partner.event.api.EventsApi;
import org.warledger.partner.event.model.EventInput;
import org.warledger.partner.event.model.EventType;
import org.warledger.partner.event.model.EventView;
import org.warledger.partner.event.model.PageEventView;
import org.warledger.partner.event.model.Problem;
import org.warledger.partner.event.model.RecordStatus;
import org.warledger.partner.event.model.RetractionInput;
import org.warledger.partner.event.model.Source;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * A partner's view: a client generated from the committed OpenAPI contract (nothing of this service's code) records,
 * lists with filters and a cursor, reads, changes with a version, retracts and gets a problem with violations back.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class EventPartnerTest {

    @TestHTTPResource("/")
    URI base;

    private EventsApi events(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new EventsApi(client);
    }

    private static EventInput event(String actor, LocalDate date) {
        return new EventInput().title(actor + " strike on " + date).type(EventType.STRIKE).date(date)
                .actors(List.of(actor)).sources(List.of(new Source().url("https://example.org/" + UUID.randomUUID())
                        .publisher("Newsroom").publishedOn(date).quote("a strike was reported")));
    }

    @Test
    void aPartnerRecordsListsReadsChangesAndRetractsEventsWithTheGeneratedClient() throws ApiException {
        EventsApi editor = events(Tokens.editor());
        EventsApi reader = events(null);
        String actor = "Partner unit " + UUID.randomUUID();
        Set<UUID> created = new HashSet<>();
        for (int day = 1; day <= 3; day++) {
            String key = "partner-" + actor + "-" + day;
            EventInput input = event(actor, LocalDate.of(2023, 5, day));
            EventView view = editor.createEvent(input, key);
            assertNotNull(view.getId());
            assertEquals(0L, view.getVersion(), "a new event is at version 0");
            EventView retried = editor.createEvent(input, key);
            assertEquals(view.getId(), retried.getId(), "a retry with the same Idempotency-Key records nothing new");
            created.add(view.getId());
        }

        List<EventView> listed = new ArrayList<>();
        PageEventView page = reader.listEvents(actor, null, null, null, null, null, null, 2, null, null, null, null,
                EventType.STRIKE);
        assertEquals(2, page.getItems().size());
        assertEquals(LocalDate.of(2023, 5, 3), page.getItems().get(0).getDate(), "newest first");
        listed.addAll(page.getItems());
        page = reader.listEvents(actor, page.getNextCursor(), null, null, null, null, null, 2, null, null, null, null,
                EventType.STRIKE);
        listed.addAll(page.getItems());
        assertNull(page.getNextCursor());
        assertEquals(created, new HashSet<>(listed.stream().map(EventView::getId).toList()));
        assertEquals(List.of(), reader
                .listEvents(actor, null, null, null, null, null, null, 10, null, null, null, null, EventType.BATTLE)
                .getItems(), "the type filter applies");

        UUID id = listed.get(2).getId();
        EventView read = reader.getEvent(id, null);
        assertEquals(actor + " strike on 2023-05-01", read.getTitle());

        EventView changed = editor.updateEvent(id,
                event(actor, LocalDate.of(2023, 5, 1)).title("Corrected title").version(read.getVersion()), null);
        assertEquals("Corrected title", changed.getTitle());
        assertEquals(read.getVersion() + 1, changed.getVersion());
        ApiException stale = assertThrows(ApiException.class,
                () -> editor.updateEvent(id, event(actor, LocalDate.of(2023, 5, 1)), "\"" + read.getVersion() + "\""));
        assertEquals(412, stale.getCode(), "If-Match with the old version");

        EventView retracted = editor.retractEvent(id,
                new RetractionInput().version(changed.getVersion()).reason("reported twice"), null);
        assertEquals(RecordStatus.RETRACTED, retracted.getStatus());
    }

    @Test
    void aPartnerGetsTheViolationsOfABadEventAsAProblem() throws Exception {
        EventInput bad = event("Partner unit", LocalDate.of(2023, 5, 1)).title(" ").sources(List.of());
        ApiException refused = assertThrows(ApiException.class, () -> events(Tokens.editor()).createEvent(bad, null));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        Problem problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        Set<String> fields = new HashSet<>();
        problem.getViolations().forEach(v -> fields.add(v.getField()));
        assertTrue(fields.containsAll(Set.of("title", "sources")), "violations name the fields: " + fields);
    }

    @Test
    void aPartnerWithoutTheEditorRoleIsRefusedAWrite() {
        ApiException refused = assertThrows(ApiException.class,
                () -> events(Tokens.reader()).createEvent(event("Partner unit", LocalDate.of(2023, 5, 1)), null));
        assertEquals(403, refused.getCode());
    }
}
