package org.warledger.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.Category;
import org.warledger.casualty.domain.Claimant;
import org.warledger.casualty.domain.ClaimantKind;
import org.warledger.casualty.domain.Comparison;
import org.warledger.casualty.domain.Comparison.Verdict;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Qualifier;
import org.warledger.casualty.domain.Relation;
import org.warledger.casualty.domain.ScopeKind;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;
import org.warledger.casualty.service.ComparisonRules;
import org.warledger.casualty.service.FigureRules;

/** The comparison rules on their own: intervals, agreement, contradictions, windows and sides. */
class ComparisonRulesTest {

    private static final FigureRules FIGURES = new FigureRules(new FiguresConfig());
    private static final ComparisonRules RULES = new ComparisonRules(
            () -> Map.of("ukraine", List.of("UA"), "russia", List.of("RU", "KP", "BY")));

    private static final Claimant GENERAL_STAFF = identity("General Staff of the Armed Forces of Ukraine", "UA");
    private static final Claimant NATO = identity("NATO Secretary General", "NATO");
    private static final Claimant US_UK = identity("US and UK intelligence", "GB+US");
    private static final Claimant DOD = identity("US Department of Defense", "US");

    /** The four cumulative figures of RU killed or wounded in the first two articles. */
    private static List<CasualtyClaim> articles() {
        return List.of(claim(GENERAL_STAFF, Qualifier.MORE_THAN, 555_620L, "2024-07-10"),
                claim(NATO, Qualifier.MORE_THAN, 350_000L, "2024-07-10"),
                claim(US_UK, Qualifier.APPROXIMATELY, 500_000L, "2024-07-10"),
                claim(DOD, Qualifier.MORE_THAN, 600_000L, "2024-11-19"));
    }

    @Test
    void theArticlesEstimatesSpanFromNatoToThePentagonAndNoNumberSuitsThemAll() {
        Comparison c = RULES.compare(articles());
        assertEquals(350_001L, c.lowestBest().best());
        assertEquals(NATO, c.lowestBest().claim().identity);
        assertEquals(600_001L, c.highestBest().best());
        assertEquals(DOD, c.highestBest().claim().identity);
        assertEquals(Verdict.CONTRADICT, c.verdict());
        assertNull(c.agreement());
        // About 500,000 allows at most 550,000: below more than 555,620 (5,621) and more than 600,000 (50,001).
        assertEquals(2, c.contradictionCount());
        assertEquals(List.of(DOD, GENERAL_STAFF), c.contradictions().stream().map(p -> p.higher().identity).toList());
        assertEquals(List.of(50_001L, 5_621L), c.contradictions().stream().map(Comparison.Contradiction::gap).toList());
        assertTrue(c.contradictions().stream().allMatch(p -> p.lower().identity == US_UK));
        assertEquals(350_001L, c.span().low());
        assertEquals(NATO, c.span().lowClaim().identity);
        assertNull(c.span().high());
        assertTrue(c.span().openAbove());
        assertEquals(LocalDate.parse("2024-07-10"), c.oldestAsOf());
        assertEquals(LocalDate.parse("2024-11-19"), c.newestAsOf());
        assertEquals(List.of(NATO, US_UK, GENERAL_STAFF, DOD), c.claims().stream().map(x -> x.identity).toList(),
                "lowest best first");
    }

    @Test
    void oneClaimantAgreesWithItselfOnItsOwnInterval() {
        Comparison c = RULES.compare(List.of(claim(US_UK, Qualifier.APPROXIMATELY, 500_000L, "2024-07-10")));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals(new Comparison.Interval(450_000, 550_000L), c.agreement());
        assertEquals(c.lowestBest(), c.highestBest());
        assertEquals(0, c.contradictionCount());
    }

    @Test
    void unquantifiedClaimsAloneGiveNothingToCompare() {
        Comparison c = RULES.compare(List.of(claim(NATO, Qualifier.UNQUANTIFIED, null, "2024-07-10"),
                claim(DOD, Qualifier.UNQUANTIFIED, null, "2024-07-11")));
        assertEquals(Verdict.NOTHING_TO_COMPARE, c.verdict());
        assertNull(c.agreement());
        assertNull(c.lowestBest());
        assertNull(c.span());
        assertEquals(2, c.unbounded());
        assertEquals(2, c.claims().size(), "listed all the same");
    }

    @Test
    void openEndedClaimsAgreeFromTheHighestLowerBoundUpwards() {
        Comparison c = RULES.compare(List.of(claim(NATO, Qualifier.MORE_THAN, 350_000L, "2024-07-10"),
                claim(GENERAL_STAFF, Qualifier.AT_LEAST, 555_620L, "2024-07-10")));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals(new Comparison.Interval(555_620, null), c.agreement());
    }

    @Test
    void boundsThatTouchAgreeOnThatOneNumber() {
        Comparison c = RULES.compare(List.of(claim(NATO, Qualifier.AT_MOST, 100L, "2024-07-10"),
                claim(DOD, Qualifier.AT_LEAST, 100L, "2024-07-10")));
        assertEquals(Verdict.AGREE, c.verdict());
        assertEquals(new Comparison.Interval(100, 100L), c.agreement());
        Comparison apart = RULES.compare(List.of(claim(NATO, Qualifier.AT_MOST, 100L, "2024-07-10"),
                claim(DOD, Qualifier.MORE_THAN, 100L, "2024-07-10")));
        assertEquals(Verdict.CONTRADICT, apart.verdict());
        assertEquals(1, apart.contradictions().get(0).gap(), "up to 100 and more than 100: one apart");
    }

    @Test
    void aClaimWithOnlyAnUpperBoundStartsTheSpanAtZero() {
        Comparison c = RULES.compare(List.of(claim(NATO, Qualifier.AT_MOST, 1_000L, "2024-07-10"),
                claim(DOD, Qualifier.EXACT, 700L, "2024-07-10")));
        assertEquals(0, c.span().low());
        assertEquals(1_000L, c.span().high());
        assertFalse(c.span().openAbove());
        assertEquals(new Comparison.Interval(700, 700L), c.agreement());
    }

    @Test
    void aVagueWordBoundsItsClaimFromBelow() {
        CasualtyClaim thousands = claim(identity("White House", "US"), Qualifier.UNQUANTIFIED, null, "2024-12-27");
        thousands.figure = FIGURES.derive(new Figure(Qualifier.UNQUANTIFIED, null, null, null, null, " Thousands "));
        assertEquals(2_000L, thousands.figure.low());
        assertEquals("Thousands", thousands.figure.word(), "kept as stated, trimmed");
        Comparison c = RULES.compare(List.of(thousands, claim(DOD, Qualifier.EXACT, 1_500L, "2024-12-27")));
        assertEquals(Verdict.CONTRADICT, c.verdict(), "1,500 is fewer than thousands allow");
        assertEquals(500, c.contradictions().get(0).gap());
        assertEquals(0, c.unbounded());
        assertNull(c.lowestBest().claim().figure.word(), "a word has no best figure: the estimate is the number");
    }

    @Test
    void aWordOutsideTheVocabularyIsKeptWithoutABound() {
        Figure many = FIGURES.derive(new Figure(Qualifier.UNQUANTIFIED, null, null, null, null, "heavy losses"));
        assertEquals("heavy losses", many.word());
        assertNull(many.low());
        assertNull(many.high());
    }

    @Test
    void theWindowLeavesOutOlderClaimsAndSaysWhy() {
        Summary s = RULES.summarise(query(LocalDate.parse("2024-12-15"), 30), articles());
        assertEquals(List.of(DOD), s.all().claims().stream().map(c -> c.identity).toList());
        assertEquals(3, s.excluded().size());
        assertTrue(s.excluded().stream().allMatch(e -> e.reason() == Summary.Reason.OUTSIDE_WINDOW));
        assertEquals("asOf 2024-07-10 is 158 days before 2024-12-15, outside the window of 30 days (from 2024-11-15)",
                s.excluded().get(0).detail());
        assertTrue(RULES.summarise(query(LocalDate.parse("2024-12-15"), null), articles()).excluded().isEmpty());
        assertEquals(1, RULES.summarise(query(LocalDate.parse("2024-12-19"), 30), articles()).all().claims().size(),
                "the window's first day is in it");
    }

    @Test
    void claimsAreComparedWithinEachPartyAndTheirRelationToTheSubject() {
        CasualtyClaim unlinked = claim(null, Qualifier.EXACT, 1L, "2024-07-10");
        unlinked.claimant = "Someone";
        CasualtyClaim russianMod = claim(identity("Russian Ministry of Defence", "RU"), Qualifier.EXACT, 5_000L,
                "2024-07-10");
        List<CasualtyClaim> claims = new java.util.ArrayList<>(articles());
        claims.add(unlinked);
        claims.add(russianMod);
        Summary s = RULES.summarise(query(LocalDate.parse("2024-12-31"), null), claims);
        Map<String, Relation> relations = new java.util.LinkedHashMap<>();
        s.byAffiliation().forEach(g -> relations.put(String.valueOf(g.affiliation()), g.relation()));
        assertEquals(Map.of("GB+US", Relation.THIRD_PARTY, "NATO", Relation.THIRD_PARTY, "RU", Relation.OWN_SIDE, "UA",
                Relation.OPPOSING_SIDE, "US", Relation.THIRD_PARTY, "null", Relation.UNKNOWN), relations);
        assertEquals(List.of("GB+US", "NATO", "RU", "UA", "US", "null"), List.copyOf(relations.keySet()),
                "by party code, claimants without one last");
        assertEquals(Relation.OWN_SIDE, RULES.relation("KP", "RU"), "an ally is on the subject's side");
        assertEquals(Relation.MIXED, RULES.relation("UA+US", "RU"));
        assertEquals(Relation.OPPOSING_SIDE, RULES.relation("UA", "KP"));
        assertEquals(Relation.THIRD_PARTY, RULES.relation("US", "NATO"), "neither on a side");
        assertEquals(Relation.OWN_SIDE, RULES.relation("NATO", "NATO"), "a party about itself");
    }

    @Test
    void aPartyOnTwoSidesIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class,
                () -> new ComparisonRules(() -> Map.of("a", List.of("UA"), "b", List.of("UA"))));
    }

    @Test
    void contradictionsAreCappedButCounted() {
        List<CasualtyClaim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            claims.add(claim(identity("Claimant " + i, "US"), Qualifier.EXACT, (long) i * 10, "2024-07-10"));
        }
        Comparison c = RULES.compare(claims);
        assertEquals(190, c.contradictionCount(), "every pair of 20 different exact figures");
        assertEquals(Comparison.MAX_CONTRADICTIONS, c.contradictions().size());
        assertEquals(190, c.contradictions().get(0).gap(), "widest first");
    }

    private static SummaryQuery query(LocalDate asOf, Integer window) {
        return new SummaryQuery("RU", Category.KILLED_OR_WOUNDED, null, ScopeKind.CUMULATIVE, asOf, window, null);
    }

    private static Claimant identity(String name, String affiliation) {
        Claimant c = new Claimant();
        c.id = UUID.randomUUID();
        c.name = name;
        c.kind = ClaimantKind.OTHER;
        c.affiliation = affiliation;
        return c;
    }

    private static CasualtyClaim claim(Claimant identity, Qualifier qualifier, Long value, String asOf) {
        CasualtyClaim c = new CasualtyClaim();
        c.id = UUID.randomUUID();
        c.identity = identity;
        c.claimant = identity == null ? "unlinked" : identity.name;
        c.subject = "RU";
        c.category = Category.KILLED_OR_WOUNDED;
        c.figure = FIGURES.derive(new Figure(qualifier, value, null, null, null, null));
        c.asOf = LocalDate.parse(asOf);
        return c;
    }

    /** The services' defaults: 10% for "about", the vocabulary of application.properties. */
    private static final class FiguresConfig implements org.warledger.casualty.config.FiguresConfig {
        @Override
        public double approximatelyTolerance() {
            return 0.1;
        }

        @Override
        public Map<String, Long> vagueWords() {
            return Map.of("thousands", 2_000L, "hundreds", 200L);
        }
    }
}
