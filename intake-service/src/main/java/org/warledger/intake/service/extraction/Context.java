package org.warledger.intake.service.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know of one sentence: its numbers, attributions and scopes, the article's publication date, what was
 * found in the previous sentence of the same paragraph (for attributions and figures that refer back), and which tokens
 * are taken by a claim or pledge already.
 */
public final class Context {

    public final Sentence sentence;
    public final LocalDate published;
    public final List<NumberMention> numbers;
    public final List<Attribution> attributions;
    public final List<ScopeMention> scopes;
    public final Optional<Attribution> previousAttribution;
    public final Set<Integer> used = new HashSet<>();
    public final List<Draft> drafts = new ArrayList<>();

    public Context(Sentence sentence, LocalDate published, Optional<Attribution> previousAttribution) {
        this.sentence = sentence;
        this.published = published;
        this.numbers = Numbers.find(sentence);
        this.attributions = Attributions.find(sentence);
        this.scopes = Scopes.find(sentence, published);
        this.previousAttribution = previousAttribution;
    }

    /** The attribution that governs a figure at tokens first..last: the nearest before, else after, else carried. */
    public Optional<Attribution> attributionFor(int first, int last) {
        Attribution before = null;
        Attribution after = null;
        for (Attribution a : attributions) {
            if (a.first() <= first && a.last() >= first) {
                continue;
            }
            if (a.marker() < first && (before == null || a.marker() > before.marker())) {
                before = a;
            } else if (a.marker() > last && (after == null || a.marker() < after.marker())) {
                after = a;
            }
        }
        if (before != null) {
            return Optional.of(before);
        }
        if (after != null) {
            return Optional.of(after);
        }
        return previousAttribution.map(Attribution::carriedOver);
    }

    /** Whether token {@code index} is part of an attribution's name. */
    public boolean inClaimant(int index) {
        return attributions.stream().anyMatch(a -> index >= a.first() && index <= a.last());
    }

    /** The last non-negated attribution of this sentence, which the next sentence may carry. */
    public Optional<Attribution> lastAttribution() {
        return attributions.stream().filter(a -> !a.negated()).reduce((a, b) -> b);
    }
}
