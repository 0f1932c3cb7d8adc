package org.warledger.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.partner.aid.ApiClient;
import org.warledger.partner.aid.ApiException;
import org.warledger.partner.aid.api.AidPledgesApi;
import org.warledger.partner.aid.model.AidType;
import org.warledger.partner.aid.model.Kind;
import org.warledger.partner.aid.model.Money;
import org.warledger.partner.aid.model.PagePledgeView;
import org.warledger.partner.aid.model.PledgeInput;
import org.warledger.partner.aid.model.PledgeStatus;
import org.warledger.partner.aid.model.PledgeView;
import org.warledger.partner.aid.model.Problem;
import org.warledger.partner.aid.model.Source;
import org.warledger.partner.aid.model.StatusInput;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * A partner's view: a client generated from the committed OpenAPI contract (nothing of this service's code) records,
 * lists with filters and a cursor, reads, changes with a version and gets a problem with violations back.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class AidPartnerTest {

    @TestHTTPResource("/")
    URI base;

    private AidPledgesApi pledges(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new AidPledgesApi(client);
    }

    private static PledgeInput pledge(String donor, LocalDate announcedOn, String amount) {
        return new PledgeInput().title(donor + " pledges air defence").donor(donor).recipient("UA").kind(Kind.PLEDGE)
                .type(AidType.MILITARY).announcedOn(announcedOn)
                .value(new Money().amount(new BigDecimal(amount)).currency("EUR"))
                .sources(List.of(new Source().url("https://example.org/" + donor).publisher("Newsroom")
                        .publishedOn(announcedOn).quote("pledged air defence")));
    }

    @Test
    void aPartnerRecordsListsReadsAndChangesPledgesWithTheGeneratedClient() throws ApiException {
        AidPledgesApi editor = pledges(Tokens.editor());
        AidPledgesApi reader = pledges(null);
        String donor = Pledges.freshDonor();
        Set<UUID> created = new HashSet<>();
        for (int day = 1; day <= 3; day++) {
            PledgeView view = editor.createPledge(pledge(donor, LocalDate.of(2024, 3, day), day + "000000"),
                    donor + "-" + day);
            assertNotNull(view.getId());
            assertEquals(PledgeStatus.ANNOUNCED, view.getStatus());
            created.add(view.getId());
        }

        PagePledgeView first = reader.listPledges(null, null, donor, null, null, null, null, null, 2, null, null, null,
                null, null);
        assertEquals(2, first.getItems().size());
        assertEquals(LocalDate.of(2024, 3, 3), first.getItems().get(0).getAnnouncedOn(), "newest first");
        assertNotNull(first.getNextCursor());
        PagePledgeView second = reader.listPledges(first.getNextCursor(), null, donor, null, null, null, null, null, 2,
                null, null, null, null, null);
        assertEquals(1, second.getItems().size());
        assertNull(second.getNextCursor());
        Set<UUID> listed = new HashSet<>();
        first.getItems().forEach(p -> listed.add(p.getId()));
        second.getItems().forEach(p -> listed.add(p.getId()));
        assertEquals(created, listed);

        UUID id = second.getItems().get(0).getId();
        PledgeView read = reader.getPledge(id, null);
        assertEquals(donor, read.getDonor());
        assertEquals(0, new BigDecimal("1000000").compareTo(read.getValue().getAmount()));

        PledgeView committed = editor.changePledgeStatus(id,
                new StatusInput().status(PledgeStatus.COMMITTED).on(LocalDate.of(2024, 4, 1)).version(read.getVersion())
                        .source(new Source().url("https://example.org/commit").publisher("Newsroom")),
                null);
        assertEquals(PledgeStatus.COMMITTED, committed.getStatus());
        assertEquals(read.getVersion() + 1, committed.getVersion());
        assertEquals(2, committed.getStatusHistory().size());
    }

    @Test
    void aPartnerGetsTheViolationsOfABadPledgeAsAProblem() throws Exception {
        PledgeInput bad = pledge(Pledges.freshDonor(), LocalDate.of(2024, 3, 1), "-5").title(" ");
        ApiException refused = assertThrows(ApiException.class, () -> pledges(Tokens.editor()).createPledge(bad, null));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        Problem problem = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(refused.getResponseBody(),
                Problem.class);
        assertEquals(400, problem.getStatus());
        Set<String> fields = new HashSet<>();
        problem.getViolations().forEach(v -> fields.add(v.getField()));
        assertTrue(fields.containsAll(Set.of("title", "value.amount")), "violations name the fields: " + fields);
    }

    @Test
    void aPartnerWithoutATokenIsRefusedAWrite() {
        ApiException refused = assertThrows(ApiException.class,
                () -> pledges(null).createPledge(pledge(Pledges.freshDonor(), LocalDate.of(2024, 3, 1), "1"), null));
        assertEquals(401, refused.getCode());
    }
}
