package org.warledger.casualty.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warledger.casualty.config.ConflictConfig;
import org.warledger.casualty.domain.CasualtyClaim;
import org.warledger.casualty.domain.Comparison;
import org.warledger.casualty.domain.Comparison.Contradiction;
import org.warledger.casualty.domain.Comparison.Estimate;
import org.warledger.casualty.domain.Comparison.Interval;
import org.warledger.casualty.domain.Comparison.Span;
import org.warledger.casualty.domain.Comparison.Verdict;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Relation;
import org.warledger.casualty.domain.Summary;
import org.warledger.casualty.domain.SummaryQuery;

/**
 * Compares the latest claims of several claimants on one quantity. A claim allows the whole numbers from its figure's
 * low (0 when it has none: "up to 1,000") to its high (none: "more than 600,000" is open above). Two claims contradict
 * when one's high lies below the other's low; the gap is the difference ("about 500,000", at most 550,000, and "more
 * than 555,620", at least 555,621: a gap of 5,621). Bounds that touch agree on that one number.
 */
@ApplicationScoped
public class ComparisonRules {

    /** Party code → side name. */
    private final Map<String, String> sideOf;

    public ComparisonRules(ConflictConfig config) {
        Map<String, String> sides = new HashMap<>();
        config.sides().forEach((side, parties) -> parties.forEach(party -> {
            String code = party.strip();
            String before = sides.put(code, side);
            if (before != null && !before.equals(side)) {
                throw new IllegalArgumentException("party " + code + " is on two sides: " + before + " and " + side);
            }
        }));
        this.sideOf = Map.copyOf(sides);
    }

    /** The summary of {@code latest} (one claim per claimant) for {@code query}: window, comparisons, groups. */
    public Summary summarise(SummaryQuery query, List<CasualtyClaim> latest) {
        List<CasualtyClaim> compared = new ArrayList<>();
        List<Summary.Exclusion> excluded = new ArrayList<>();
        LocalDate windowStart = query.window() == null ? null : query.asOf().minusDays(query.window());
        for (CasualtyClaim claim : latest) {
            if (windowStart != null && claim.asOf.isBefore(windowStart)) {
                excluded.add(new Summary.Exclusion(claim, Summary.Reason.OUTSIDE_WINDOW,
                        "asOf " + claim.asOf + " is " + (query.asOf().toEpochDay() - claim.asOf.toEpochDay())
                                + " days before " + query.asOf() + ", outside the window of " + query.window()
                                + " days (from " + windowStart + ")"));
            } else {
                compared.add(claim);
            }
        }
        excluded.sort(
                Comparator.comparing((Summary.Exclusion e) -> e.claim().asOf).thenComparing(e -> name(e.claim())));
        Map<String, List<CasualtyClaim>> byParty = new LinkedHashMap<>();
        // Parties in code order, claims of claimants without an affiliation last.
        compared.stream()
                .sorted(Comparator.comparing((CasualtyClaim c) -> affiliationKey(c).isEmpty())
                        .thenComparing(ComparisonRules::affiliationKey))
                .forEach(c -> byParty.computeIfAbsent(affiliationKey(c), k -> new ArrayList<>()).add(c));
        List<Summary.ByAffiliation> groups = byParty.entrySet().stream().map(e -> {
            String affiliation = e.getKey().isEmpty() ? null : e.getKey();
            return new Summary.ByAffiliation(affiliation, relation(affiliation, query.subject()),
                    compare(e.getValue()));
        }).toList();
        return new Summary(query, compare(compared), groups, excluded);
    }

    /** How a claimant's affiliation stands to the subject whose losses it states. */
    public Relation relation(String affiliation, String subject) {
        if (affiliation == null) {
            return Relation.UNKNOWN;
        }
        Set<Relation> relations = Arrays.stream(affiliation.split("\\+")).map(party -> relationOfParty(party, subject))
                .collect(Collectors.toSet());
        return relations.size() == 1 ? relations.iterator().next() : Relation.MIXED;
    }

    private Relation relationOfParty(String party, String subject) {
        String partySide = sideOf.get(party);
        String subjectSide = sideOf.get(subject);
        if (party.equals(subject) || (partySide != null && partySide.equals(subjectSide))) {
            return Relation.OWN_SIDE;
        }
        if (partySide != null && subjectSide != null) {
            return Relation.OPPOSING_SIDE;
        }
        return Relation.THIRD_PARTY;
    }

    /** How {@code claims} stand to each other. */
    public Comparison compare(List<CasualtyClaim> claims) {
        List<CasualtyClaim> listed = claims.stream().sorted(Comparator
                .comparing((CasualtyClaim c) -> c.figure.best(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ComparisonRules::name).thenComparing(c -> c.id)).toList();
        List<CasualtyClaim> bounded = listed.stream().filter(ComparisonRules::bounded).toList();
        Estimate lowest = null;
        Estimate highest = null;
        for (CasualtyClaim claim : listed) {
            Long best = claim.figure.best();
            if (best != null) {
                if (lowest == null || best < lowest.best()) {
                    lowest = new Estimate(claim, best);
                }
                if (highest == null || best > highest.best()) {
                    highest = new Estimate(claim, best);
                }
            }
        }
        List<Contradiction> contradictions = contradictions(bounded);
        Verdict verdict;
        Interval agreement = null;
        if (bounded.isEmpty()) {
            verdict = Verdict.NOTHING_TO_COMPARE;
        } else if (contradictions.isEmpty()) {
            verdict = Verdict.AGREE;
            agreement = new Interval(bounded.stream().mapToLong(ComparisonRules::low).max().orElseThrow(),
                    bounded.stream().map(c -> c.figure.high()).filter(h -> h != null).min(Long::compare).orElse(null));
        } else {
            verdict = Verdict.CONTRADICT;
        }
        return new Comparison(listed, lowest, highest, verdict, agreement,
                contradictions.stream().limit(Comparison.MAX_CONTRADICTIONS).toList(), contradictions.size(),
                listed.size() - bounded.size(), span(bounded),
                listed.stream().map(c -> c.asOf).min(Comparator.naturalOrder()).orElse(null),
                listed.stream().map(c -> c.asOf).max(Comparator.naturalOrder()).orElse(null));
    }

    /** Every pair that allows no common number, widest gap first, then by the claimants' names. */
    private static List<Contradiction> contradictions(List<CasualtyClaim> bounded) {
        List<Contradiction> pairs = new ArrayList<>();
        for (int i = 0; i < bounded.size(); i++) {
            for (int j = i + 1; j < bounded.size(); j++) {
                CasualtyClaim a = bounded.get(i);
                CasualtyClaim b = bounded.get(j);
                if (a.figure.high() != null && a.figure.high() < low(b)) {
                    pairs.add(new Contradiction(a, b, low(b) - a.figure.high()));
                } else if (b.figure.high() != null && b.figure.high() < low(a)) {
                    pairs.add(new Contradiction(b, a, low(a) - b.figure.high()));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Contradiction::gap).reversed().thenComparing(p -> name(p.lower()))
                .thenComparing(p -> name(p.higher())));
        return pairs;
    }

    private static Span span(List<CasualtyClaim> bounded) {
        if (bounded.isEmpty()) {
            return null;
        }
        CasualtyClaim lowClaim = bounded.stream().min(Comparator.comparingLong(ComparisonRules::low)).orElseThrow();
        boolean openAbove = bounded.stream().anyMatch(c -> c.figure.high() == null);
        CasualtyClaim highClaim = openAbove ? null
                : bounded.stream().max(Comparator.comparingLong(c -> c.figure.high())).orElseThrow();
        return new Span(low(lowClaim), lowClaim, highClaim == null ? null : highClaim.figure.high(), highClaim,
                openAbove);
    }

    /** A claim with some bound: every figure but an UNQUANTIFIED one without a known word. */
    private static boolean bounded(CasualtyClaim claim) {
        Figure f = claim.figure;
        return f.low() != null || f.high() != null;
    }

    private static long low(CasualtyClaim claim) {
        return claim.figure.low() == null ? 0 : claim.figure.low();
    }

    private static String affiliationKey(CasualtyClaim claim) {
        return claim.identity == null || claim.identity.affiliation == null ? "" : claim.identity.affiliation;
    }

    private static String name(CasualtyClaim claim) {
        return claim.identity == null ? claim.claimant : claim.identity.name;
    }
}
