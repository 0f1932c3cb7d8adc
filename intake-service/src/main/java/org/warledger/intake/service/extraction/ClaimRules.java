package org.warledger.intake.service.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warledger.intake.domain.CandidateKind;

/**
 * Casualty claims: a count of people or equipment tied to a casualty word ("600,000 casualties", "Russian losses have
 * topped 600,000", "1,610 troops ... lost", "thousands of soldiers have been killed"), with its wording, subject,
 * claimant and time scope. Equipment counts need a loss word in the sentence, people a casualty or loss word; a figure
 * that only refers back ("put the figure closer to 500,000") takes the category, subject and scope of the figure before
 * it. A figure attributed by a denial ("did not confirm", "denied") is not proposed.
 */
public final class ClaimRules {

    private enum Category {
        KILLED, WOUNDED, KILLED_OR_WOUNDED, CAPTURED, MISSING, EQUIPMENT
    }

    private static final Set<String> ANAPHORA = Set.of("figure", "number", "toll", "total", "tally", "count",
            "estimate");
    private static final Set<String> NOT_SUBJECT_AFTER = Set.of("to", "against", "inside", "into", "in", "on", "at",
            "from", "with", "by", "for", "across", "near");
    private static final Set<String> HEDGES = Set.of("reportedly", "unconfirmed", "allegedly", "potentially",
            "possibly", "rumoured", "rumored", "unverified");

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our");
    private static final Set<String> MODALS = Set.of("could", "might", "may", "would", "will", "should", "expected",
            "likely");

    /** What the last claim said, for a figure that refers back to it. */
    record Previous(String category, String equipmentType, String subject, ScopeMention scope) {
    }

    private Previous previous;

    /** Forgets the previous figure at a new paragraph. */
    void newParagraph() {
        previous = null;
    }

    void apply(Context ctx) {
        Sentence s = ctx.sentence;
        for (NumberMention m : ctx.numbers) {
            if (!(m.isCount() || m.isVague() && m.currency() == null) || m.notAFigure() != null) {
                continue;
            }
            claim(ctx, s, m).ifPresent(draft -> {
                ctx.drafts.add(draft);
                for (int i = m.wordingFirst(); i <= m.last(); i++) {
                    ctx.used.add(i);
                }
            });
        }
    }

    private Optional<Draft> claim(Context ctx, Sentence s, NumberMention m) {
        Draft draft = new Draft(CandidateKind.CASUALTY_CLAIM, s, 0.45);
        String category = null;
        String equipmentType = null;
        String subject = null;
        int subjectFirst = -1;
        int subjectLast = -1;
        int categoryFirst = -1;
        int categoryLast = -1;
        String categoryRule = null;
        boolean referredBack = false;
        boolean ownSide = false;
        if (forecast(s, m)) {
            return Optional.empty();
        }

        // 1. the noun the number counts, right after it: "600,000 casualties", "thousands of North Korean soldiers"
        int j = m.last() + 1;
        int limit = Math.min(s.size(), m.last() + 8);
        while (j < limit) {
            Token t = s.token(j);
            Optional<Phrasebook.Match<String>> party = Lexicon.PARTIES.at(s, j);
            Optional<Phrasebook.Match<String>> equipment = Lexicon.EQUIPMENT.at(s, j);
            Optional<Phrasebook.Match<String>> casualty = Lexicon.CASUALTY_WORDS.at(s, j);
            Optional<Phrasebook.Match<String>> personnel = Lexicon.PERSONNEL.at(s, j);
            if (equipment.isPresent()) {
                category = "EQUIPMENT";
                equipmentType = equipment.get().value();
                categoryFirst = j;
                categoryLast = equipment.get().last();
                categoryRule = "equipment '" + equipment.get().phrase() + "'";
                break;
            }
            if (casualty.isPresent()) {
                category = casualty.get().value();
                categoryFirst = j;
                categoryLast = casualty.get().last();
                categoryRule = "casualty word '" + casualty.get().phrase() + "'";
                break;
            }
            if (personnel.isPresent()) {
                categoryFirst = j;
                categoryLast = personnel.get().last();
                category = "PERSONNEL";
                break;
            }
            if (party.isPresent() && Lexicon.BELLIGERENTS.contains(party.get().value())) {
                subject = party.get().value();
                subjectFirst = j;
                subjectLast = party.get().last();
                j = party.get().last() + 1;
                continue;
            }
            if (POSSESSIVES.contains(t.lower())) {
                ownSide = true;
            }
            boolean modifier = "ADJ".equals(t.pos()) || t.is("of") || "NOUN".equals(t.pos()) && j + 1 < limit
                    || t.is("more") || t.is("military") || t.is("'s") || "PROPN".equals(t.pos())
                    || POSSESSIVES.contains(t.lower());
            if (!modifier) {
                break;
            }
            j++;
        }
        if ("PERSONNEL".equals(category)) {
            String fromWords = categoryAround(s, m.wordingFirst() - 8, categoryLast + 10);
            if (fromWords == null) {
                return Optional.empty();
            }
            categoryRule = "people counted with casualty words '" + fromWords + "'";
            category = fromWords.contains("+") ? "KILLED_OR_WOUNDED" : fromWords;
            if (category.startsWith("LOSS")) {
                category = "KILLED_OR_WOUNDED";
            }
        }
        if ("EQUIPMENT".equals(category) && !hasLossWord(s)) {
            return Optional.empty();
        }
        // 2. the noun before it: "Russian losses have topped 600,000", "casualties ... are estimated at over 555,620"
        if (category == null) {
            for (int i = m.wordingFirst() - 1; i >= Math.max(0, m.first() - 18); i--) {
                Token t = s.token(i);
                if (t.text().equals(";") || t.text().equals(":") || isOtherFigure(ctx, m, i)) {
                    break;
                }
                Optional<Phrasebook.Match<String>> equipment = Lexicon.EQUIPMENT.endingAt(s, i);
                if (equipment.isPresent() && hasLossWord(s)) {
                    category = "EQUIPMENT";
                    equipmentType = equipment.get().value();
                    categoryFirst = equipment.get().first();
                    categoryLast = equipment.get().last();
                    categoryRule = "equipment '" + equipment.get().phrase() + "' before the figure";
                    break;
                }
                Optional<Phrasebook.Match<String>> casualty = Lexicon.CASUALTY_WORDS.endingAt(s, i);
                if (casualty.isPresent()) {
                    category = casualty.get().value();
                    categoryFirst = casualty.get().first();
                    categoryLast = casualty.get().last();
                    categoryRule = "casualty word '" + casualty.get().phrase() + "' before the figure";
                    String around = categoryAround(s, casualty.get().first() - 4, casualty.get().last() + 2);
                    if (around != null && around.contains("+")) {
                        category = "KILLED_OR_WOUNDED";
                    }
                    break;
                }
                if (ANAPHORA.contains(t.lower()) && previous != null && i > 0 && s.token(i - 1).is("the")) {
                    category = previous.category();
                    equipmentType = previous.equipmentType();
                    subject = previous.subject();
                    categoryFirst = i - 1;
                    categoryLast = i;
                    categoryRule = "refers back to the previous figure ('" + s.text(i - 1, i) + "')";
                    referredBack = true;
                    break;
                }
            }
        }
        if (category == null || "PERSONNEL".equals(category)) {
            return Optional.empty();
        }

        // attribution
        Optional<Attribution> attribution = ctx.attributionFor(m.wordingFirst(), m.last());
        if (attribution.isPresent() && attribution.get().negated()) {
            return Optional.empty();
        }
        if (attribution.isPresent()) {
            Attribution a = attribution.get();
            if (a.carried()) {
                draft.assume("claimant", a.name(), "claimant '" + a.name() + "' " + a.rule());
                draft.adjust(0.1, "attribution carried from the previous sentence");
            } else {
                draft.set("claimant", a.name(), s, a.first(), a.last(), a.rule());
                draft.adjust(0.25, "claimant from " + a.rule());
            }
        } else {
            draft.assume("claimant", null, "no attribution found: the outlet is the publisher, not a claimant");
            draft.adjust(-0.2, "no claimant");
        }

        // subject
        if (subject == null) {
            int from = categoryFirst >= 0 && categoryFirst < m.first() ? categoryLast : m.first() - 1;
            for (int i = Math.min(from, s.size() - 1); i >= 0; i--) {
                if (ctx.inClaimant(i)) {
                    continue;
                }
                Optional<Phrasebook.Match<String>> party = Lexicon.PARTIES.endingAt(s, i);
                if (party.isPresent() && Lexicon.BELLIGERENTS.contains(party.get().value())
                        && !ctx.inClaimant(party.get().first())
                        && !(party.get().first() > 0
                                && NOT_SUBJECT_AFTER.contains(s.token(party.get().first() - 1).lower()))
                        && uppercase(s, party.get())) {
                    subject = party.get().value();
                    subjectFirst = party.get().first();
                    subjectLast = party.get().last();
                    break;
                }
            }
        }
        if (subject == null && ownSide && attribution.isPresent() && !attribution.get().carried()) {
            // "89 of its servicemen": the claimant's own side
            Attribution a = attribution.get();
            for (int i = a.first(); i <= a.last() && subject == null; i++) {
                Optional<Phrasebook.Match<String>> party = Lexicon.PARTIES.at(s, i);
                if (party.isPresent() && Lexicon.BELLIGERENTS.contains(party.get().value())) {
                    subject = party.get().value();
                    subjectFirst = party.get().first();
                    subjectLast = party.get().last();
                }
            }
        }
        if (subjectFirst >= 0 && s.token(subjectFirst).is("wagner")) {
            draft.set("force", "Wagner Group", s, subjectFirst, subjectLast, "force named");
        }
        if (subject == null && previous != null) {
            subject = previous.subject();
            draft.assume("subject", subject, "subject carried from the previous figure");
        } else if (subjectFirst >= 0) {
            draft.set("subject", subject, s, subjectFirst, subjectLast, "party word");
            draft.adjust(0.1, "subject from '" + s.text(subjectFirst, subjectLast) + "'");
        } else if (subject != null) {
            draft.assume("subject", subject, "subject of the figure referred back to");
        } else {
            draft.assume("subject", null, "no party named for whose losses these are");
            draft.adjust(-0.2, "no subject");
        }

        if (categoryFirst >= 0) {
            draft.set("category", category, s, categoryFirst, categoryLast, categoryRule);
        } else {
            draft.assume("category", category, categoryRule);
        }
        if (equipmentType != null) {
            draft.set("equipmentType", equipmentType, s, categoryFirst, categoryLast, categoryRule);
        }
        draft.adjust(referredBack ? 0.0 : 0.1, "category from " + categoryRule);

        // figure
        figure(draft, s, m, "figure");

        // scope
        // "Zelensky said in February": when it was said, not the figure's time scope
        List<ScopeMention> scopes = ctx.scopes.stream().filter(sc -> !statementDate(s, sc)).toList();
        Optional<ScopeMention> scope = Scopes.forFigure(scopes, m.first());
        if (scope.isEmpty() && referredBack && previous.scope() != null) {
            scope = Optional.of(previous.scope());
        }
        ScopeMention chosen = scope.orElse(null);
        if (chosen != null) {
            draft.set("scope.kind", chosen.kind(), s, chosen.first(), chosen.last(), chosen.rule());
            if (chosen.from() != null) {
                draft.set("scope.from", chosen.from(), s, chosen.first(), chosen.last(), chosen.rule());
            }
            if (chosen.to() != null) {
                draft.set("scope.to", chosen.to(), s, chosen.first(), chosen.last(), chosen.rule());
            }
            draft.adjust(0.05 + 0.02 * chosen.specificity(),
                    "time scope from '" + s.text(chosen.first(), chosen.last()) + "'");
        } else {
            draft.assume("scope.kind", "CUMULATIVE", "no time scope in the text: a running total with no start stated");
        }
        draft.assume("asOf", chosen != null && chosen.to() != null ? chosen.to() : ctx.published,
                chosen != null && chosen.to() != null ? "as of the end of its interval"
                        : "as of the article's publication date");

        for (Token t : s.tokens()) {
            if (HEDGES.contains(t.lower())) {
                draft.adjust(-0.15, "hedged ('" + t.text() + "')");
                break;
            }
        }
        previous = new Previous(category, equipmentType, subject, chosen);
        draft.key("claim|" + normal(attribution.map(Attribution::name).orElse("")) + "|" + subject + "|" + category
                + "|" + equipmentType + "|" + figureKey(m));
        return Optional.of(draft);
    }

    /** "could exceed 1 million", "may reach 50,000": a forecast, not a claim. */
    private static boolean forecast(Sentence s, NumberMention m) {
        for (int i = Math.max(0, m.wordingFirst() - 3); i < m.wordingFirst(); i++) {
            if (MODALS.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean statementDate(Sentence s, ScopeMention scope) {
        int before = scope.first() - 1;
        if (before >= 0 && s.token(scope.first()).is("in") || before >= 0 && s.token(scope.first()).is("on")) {
            return Lexicon.ATTRIBUTION_VERBS.contains(s.token(before).lower());
        }
        return before >= 0 && Lexicon.ATTRIBUTION_VERBS.contains(s.token(before).lower())
                && !"since".equals(s.token(scope.first()).lower());
    }

    /** Sets {@code prefix}.qualifier and the value, range or word of a figure. */
    static void figure(Draft draft, Sentence s, NumberMention m, String prefix) {
        String qualifier = m.qualifier();
        draft.set(prefix + ".qualifier", qualifier, s, m.wordingFirst(),
                m.first() > m.wordingFirst() ? m.first() - 1 : m.last(), m.qualifierRule());
        if ("RANGE".equals(qualifier)) {
            draft.set(prefix + ".low", m.low(), s, m.first(), m.last(), m.qualifierRule());
            draft.set(prefix + ".high", m.high(), s, m.first(), m.last(), m.qualifierRule());
        } else if (m.isVague()) {
            draft.set(prefix + ".word", m.word(), s, m.first(), m.last(), "vague word");
        } else {
            draft.set(prefix + ".value", m.value(), s, m.first(), m.last(), "number");
        }
    }

    static String figureKey(NumberMention m) {
        return m.isVague() ? m.word()
                : m.value() != null ? m.value().stripTrailingZeros().toPlainString() : m.low() + "-" + m.high();
    }

    static String normal(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("^the ", "").replaceAll("\\s+", " ").trim();
    }

    private static boolean uppercase(Sentence s, Phrasebook.Match<String> party) {
        String text = s.token(party.first()).text();
        return text.length() > 3 || !text.equals(text.toLowerCase(java.util.Locale.ROOT));
    }

    private boolean isOtherFigure(Context ctx, NumberMention m, int index) {
        return ctx.numbers.stream()
                .anyMatch(o -> o != m && o.notAFigure() == null && index >= o.first() && index <= o.last());
    }

    /** The category that casualty words around a count of people give, "KILLED+WOUNDED" when both kinds occur. */
    private static String categoryAround(Sentence s, int from, int to) {
        EnumSet<Category> found = EnumSet.noneOf(Category.class);
        boolean loss = false;
        for (int i = Math.max(0, from); i < Math.min(s.size(), to); i++) {
            Optional<Phrasebook.Match<String>> word = Lexicon.CASUALTY_WORDS.at(s, i);
            if (word.isPresent()) {
                found.add(Category.valueOf(word.get().value()));
                i = word.get().last();
            } else if (Lexicon.LOSS_WORDS.at(s, i).isPresent()) {
                loss = true;
            }
        }
        if (found.contains(Category.KILLED) && found.contains(Category.WOUNDED)
                || found.contains(Category.KILLED_OR_WOUNDED)) {
            return "KILLED+WOUNDED";
        }
        if (found.size() == 1) {
            return found.iterator().next().name();
        }
        if (found.size() > 1) {
            return "KILLED+WOUNDED";
        }
        return loss ? "LOSS" : null;
    }

    private static boolean hasLossWord(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (Lexicon.LOSS_WORDS.at(s, i).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
