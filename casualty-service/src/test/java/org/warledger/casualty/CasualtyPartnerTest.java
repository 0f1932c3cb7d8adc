package org.warledger.casualty;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warledger.partner.casualty.ApiClient;
import org.warledger.partner.casualty.ApiException;
import org.warledger.partner.casualty.api.CasualtyClaimsApi;
import org.warledger.partner.casualty.model.Category;
import org.warledger.partner.casualty.model.ClaimInput;
import org.warledger.partner.casualty.model.ClaimStatus;
import org.warledger.partner.casualty.model.ClaimSummary;
import org.warledger.partner.casualty.model.ClaimView;
import org.warledger.partner.casualty.model.Figure;
import org.warledger.partner.casualty.model.PageClaimView;
import org.warledger.partner.casualty.model.Problem;
import org.warledger.partner.casualty.model.Qualifier;
import org.warledger.partner.casualty.model.RevisionInput;
import org.warledger.partner.casualty.model.RevisionView;
import org.warledger.partner.casualty.model.Scope;
import org.warledger.partner.casualty.model.ScopeKind;
import org.warledger.partner.casualty.model.Source;
import org.warledger.partner.casualty.model.Verdict;
import org.warledger.partner.casualty.model.Violation;
import org.warledger.testing.EmbeddedPostgresResource;
import org.warledger.testing.JwtKeysResource;
import org.warledger.testing.Tokens;

/**
 * A partner's view: a client generated from the committed OpenAPI contract (nothing of this service's code) records
 * claims, lists them with filters and a cursor, reads, corrects with a version, sums them up and gets problems with
 * violations back.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(JwtKeysResource.class)
class CasualtyPartnerTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TestHTTPResource("/")
    URI base;

    private CasualtyClaimsApi claims(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new CasualtyClaimsApi(client);
    }

    private static Source source(String claimant, LocalDate on) {
        return new Source().url("https://example.org/" + claimant.replace(' ', '-')).publisher("Newsroom")
                .publishedOn(on).quote(claimant + " said so");
    }

    private static ClaimInput killed(String claimant, String subject, Qualifier qualifier, long value, LocalDate asOf) {
        return new ClaimInput().claimant(claimant).subject(subject).category(Category.KILLED)
                .figure(new Figure().qualifier(qualifier).value(value))
                .scope(new Scope().kind(ScopeKind.CUMULATIVE).from(LocalDate.of(2022, 2, 24))).asOf(asOf).statedOn(asOf)
                .sources(List.of(source(claimant, asOf)));
    }

    private static Problem problem(ApiException refused) throws Exception {
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        return JSON.readValue(refused.getResponseBody(), Problem.class);
    }

    @Test
    void aPartnerRecordsListsReadsCorrectsAndSumsUpClaimsWithTheGeneratedClient() throws Exception {
        CasualtyClaimsApi editor = claims(Tokens.editor());
        CasualtyClaimsApi reader = claims(null);
        String subject = Claims.freshSubject();
        ClaimInput first = killed("Ministry " + subject, subject, Qualifier.EXACT, 1000, LocalDate.of(2024, 3, 1));
        ClaimView exact = editor.createClaim(first, "partner-" + subject);
        assertEquals(exact.getId(), editor.createClaim(first, "partner-" + subject).getId(),
                "a retry with the same Idempotency-Key answers the first create and records nothing new");
        ClaimView approximately = editor.createClaim(
                killed("Observers " + subject, subject, Qualifier.APPROXIMATELY, 2000, LocalDate.of(2024, 3, 2)), null);
        ClaimView atLeast = editor.createClaim(
                killed("Monitors " + subject, subject, Qualifier.AT_LEAST, 3000, LocalDate.of(2024, 3, 3)), null);
        for (ClaimView created : List.of(exact, approximately, atLeast)) {
            assertNotNull(created.getId());
            assertEquals(ClaimStatus.ACTIVE, created.getStatus());
            assertEquals(1, created.getRevision());
        }
        assertEquals(1800L, approximately.getFigure().getLow(), "APPROXIMATELY 2000 is 2000 ± 10 %");
        assertEquals(2000L, approximately.getFigure().getBest());
        assertEquals(2200L, approximately.getFigure().getHigh());
        assertNull(atLeast.getFigure().getHigh(), "AT_LEAST has no upper bound");

        PageClaimView page = reader.listClaims(null, null, Category.KILLED, null, null, null, null, null, null, null,
                null, null, 2, ScopeKind.CUMULATIVE, ClaimStatus.ACTIVE, subject, null);
        assertEquals(2, page.getItems().size());
        assertEquals(LocalDate.of(2024, 3, 3), page.getItems().get(0).getAsOf(), "newest asOf first");
        assertNotNull(page.getNextCursor());
        PageClaimView second = reader.listClaims(null, page.getNextCursor(), Category.KILLED, null, null, null, null,
                null, null, null, null, null, 2, ScopeKind.CUMULATIVE, ClaimStatus.ACTIVE, subject, null);
        assertEquals(1, second.getItems().size());
        assertNull(second.getNextCursor());
        Set<UUID> listed = new HashSet<>();
        page.getItems().forEach(c -> listed.add(c.getId()));
        second.getItems().forEach(c -> listed.add(c.getId()));
        assertEquals(Set.of(exact.getId(), approximately.getId(), atLeast.getId()), listed);
        assertEquals(List.of(), reader.listClaims(null, null, Category.WOUNDED, null, null, null, null, null, null,
                null, null, null, null, null, null, subject, null).getItems(), "the category filter is applied");

        ClaimView read = reader.getClaim(exact.getId(), null, null);
        assertEquals("Ministry " + subject, read.getClaimant());
        assertEquals(1000L, read.getFigure().getBest());

        RevisionInput correction = new RevisionInput().version(read.getVersion())
                .figure(new Figure().qualifier(Qualifier.EXACT).value(1500L)).asOf(LocalDate.of(2024, 3, 10))
                .statedOn(LocalDate.of(2024, 3, 10)).sources(List.of(source("Ministry", LocalDate.of(2024, 3, 10))))
                .note("a later count");
        ClaimView revised = editor.reviseClaim(exact.getId(), correction, null);
        assertEquals(2, revised.getRevision());
        assertEquals(read.getVersion() + 1, revised.getVersion());
        assertEquals(1500L, revised.getFigure().getBest());

        ApiException stale = assertThrows(ApiException.class,
                () -> editor.reviseClaim(exact.getId(), correction, null));
        assertEquals(409, stale.getCode(), "the version the correction was made on is no longer the claim's");
        assertEquals(409, problem(stale).getStatus());

        List<RevisionView> history = reader.getClaimHistory(exact.getId(), null);
        assertEquals(List.of(ClaimStatus.SUPERSEDED, ClaimStatus.ACTIVE),
                history.stream().map(RevisionView::getStatus).toList());
        assertEquals(1000L, history.get(0).getFigure().getBest());

        ClaimSummary summary = reader.getClaimSummary(Category.KILLED, subject, LocalDate.of(2024, 3, 31), null, null,
                ScopeKind.CUMULATIVE, null);
        assertEquals(3, summary.getClaimants());
        assertEquals(1500L, summary.getLow(), "the corrected figure, not the superseded one");
        assertEquals("Ministry " + subject, summary.getLowClaimant());
        assertNull(summary.getHigh(), "AT_LEAST 3000 allows any number above");
        assertNull(summary.getHighClaimant());
        assertTrue(summary.getOpenAbove(), "AT_LEAST 3000 leaves the spread open above");
        assertEquals(Verdict.CONTRADICT, summary.getVerdict());
        assertEquals(1500L, summary.getLowestBest().getFigure().getBest());
        assertEquals(Set.of(exact.getId(), approximately.getId(), atLeast.getId()),
                summary.getClaims().stream().map(ClaimView::getId).collect(Collectors.toSet()));
    }

    @Test
    void aPartnerGetsTheViolationsOfABadClaimAsAProblem() throws Exception {
        String subject = Claims.freshSubject();
        ClaimInput bad = killed("Ministry " + subject, subject, Qualifier.EXACT, -5, LocalDate.of(2024, 3, 1))
                .claimant(" ");
        ApiException refused = assertThrows(ApiException.class, () -> claims(Tokens.editor()).createClaim(bad, null));
        assertEquals(400, refused.getCode());
        Problem problem = problem(refused);
        assertEquals(400, problem.getStatus());
        Map<String, String> places = problem.getViolations().stream()
                .collect(Collectors.toMap(Violation::getField, v -> v.getIn().getValue(), (a, b) -> a));
        assertEquals("body", places.get("claimant"), "violations name the fields: " + places);
        assertEquals("body", places.get("figure.value"), "violations name the fields: " + places);
        assertEquals(List.of(), claims(null).listClaims(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, subject, null).getItems(), "nothing was stored");
    }

    @Test
    void aPartnerAskingForAnEquipmentSummaryWithoutItsTypeGetsTheQueryParameterNamed() throws Exception {
        ApiException refused = assertThrows(ApiException.class, () -> claims(null).getClaimSummary(Category.EQUIPMENT,
                Claims.freshSubject(), null, null, null, null, null));
        assertEquals(400, refused.getCode());
        List<Violation> violations = problem(refused).getViolations();
        assertEquals(1, violations.size());
        assertEquals("equipmentType", violations.get(0).getField());
        assertEquals(Violation.InEnum.QUERY, violations.get(0).getIn());
    }

    @Test
    void aPartnerWithoutATokenIsRefusedAWrite() {
        String subject = Claims.freshSubject();
        ApiException refused = assertThrows(ApiException.class, () -> claims(null).createClaim(
                killed("Ministry " + subject, subject, Qualifier.EXACT, 1, LocalDate.of(2024, 3, 1)), null));
        assertEquals(401, refused.getCode());
    }
}
