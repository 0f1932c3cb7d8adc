package org.warledger.intake.service.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an article's text into candidate records, deterministically: the same text and publication date always give the
 * same candidates in the same order. Sentences are read in order; each is searched for casualty claims, then aid, then
 * an event. Attribution and a figure referred back to carry over to the next sentence of the same paragraph only. A
 * record mentioned twice (a summary line and the body) is proposed once, from the mention that says more; a figure with
 * no claimant is dropped when the article attributes the same figure to someone.
 */
public final class Extractor {

    private Extractor() {
    }

    public static List<Draft> extract(String text, LocalDate published) {
        List<Sentence> sentences = TextAnalysis.sentences(text);
        ClaimRules claims = new ClaimRules();
        AidRules aid = new AidRules();
        EventRules events = new EventRules();
        List<Draft> drafts = new ArrayList<>();
        Optional<Attribution> previous = Optional.empty();
        int paragraph = -1;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                previous = Optional.empty();
                claims.newParagraph();
                aid.newParagraph();
            }
            Context ctx = new Context(sentence, published, previous);
            claims.apply(ctx);
            aid.apply(ctx);
            events.apply(ctx);
            drafts.addAll(ctx.drafts);
            previous = ctx.lastAttribution();
        }
        return merge(drafts);
    }

    private static List<Draft> merge(List<Draft> drafts) {
        Map<String, Draft> byKey = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            Draft seen = byKey.get(draft.key());
            if (seen == null || draft.weight() > seen.weight()) {
                byKey.put(draft.key(), draft);
            }
        }
        List<Draft> kept = new ArrayList<>(byKey.values());
        kept.removeIf(d -> d.key().startsWith("claim||") && kept.stream()
                .anyMatch(o -> o != d && !o.key().startsWith("claim||") && sameFigure(o.key(), d.key())));
        kept.sort(Comparator.comparingInt(Draft::start).thenComparing(d -> d.kind().ordinal())
                .thenComparingInt(d -> d.evidence().isEmpty() ? 0 : d.evidence().get(0).start()));
        return kept;
    }

    /** Two claim keys "claim|claimant|subject|category|type|figure" with the same figure of the same thing. */
    private static boolean sameFigure(String a, String b) {
        String[] x = a.split("\\|", -1);
        String[] y = b.split("\\|", -1);
        return x.length == y.length && x[2].equals(y[2]) && x[3].equals(y[3]) && x[4].equals(y[4]) && x[5].equals(y[5]);
    }
}
