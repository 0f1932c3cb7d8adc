package org.warledger.intake.service.extraction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warledger.intake.domain.CandidateKind;

/**
 * Events: a sentence whose verbs or nouns report one ("authorized", "deployment", "summit", "strikes", "battles"), with
 * at least one actor, the place from a small gazetteer (Kursk region, RU), the date from the text (or the article's,
 * less precise), and the counts inside it as quantities with their claimant ("sent about 3,000 soldiers"). Hypothetical
 * events ("a move that would signal", "could lead to") are not proposed.
 */
public final class EventRules {

    private static final List<String> PRIORITY = List.of("AUTHORIZATION", "DEPLOYMENT", "SUMMIT", "STRIKE", "BATTLE",
            "MILESTONE");
    private static final Set<String> HYPOTHETICAL = Set.of("could", "would", "might", "may", "potential", "potentially",
            "if", "possible", "possibly", "threatens", "threatened", "risk");

    void apply(Context ctx) {
        Sentence s = ctx.sentence;
        Phrasebook.Match<String> trigger = null;
        for (Phrasebook.Match<String> match : Lexicon.EVENT_WORDS.all(s)) {
            if (hypothetical(s, match.first())) {
                continue;
            }
            if (trigger == null || PRIORITY.indexOf(match.value()) < PRIORITY.indexOf(trigger.value())) {
                trigger = match;
            }
        }
        if (trigger == null) {
            return;
        }
        Map<String, int[]> actors = new LinkedHashMap<>();
        for (Phrasebook.Match<String> party : Lexicon.PARTIES.all(s)) {
            String text = s.token(party.first()).text();
            if (text.length() <= 3 && text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            actors.putIfAbsent(s.text(party.first(), party.last()), new int[] { party.first(), party.last() });
        }
        if (actors.isEmpty()) {
            return;
        }
        Draft draft = new Draft(CandidateKind.EVENT, s, 0.4);
        draft.set("type", trigger.value(), s, trigger.first(), trigger.last(), "event word '" + trigger.phrase() + "'");
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        actors.forEach((name, at) -> {
            names.add(name);
            draft.evidence("actors", s.token(at[0]).start(), s.token(at[1]).end(), "party '" + name + "'");
        });
        draft.set("actors", names, s, -1, -1, null);
        draft.adjust(0.1 * Math.min(3, actors.size()), "actors named");
        draft.assume("title", title(s), "title from the sentence");
        draft.assume("summary", s.text(), "summary: the sentence");
        place(s, draft);
        Optional<ScopeMention> dated = ctx.scopes.stream()
                .filter(sc -> sc.kind().equals("INTERVAL") && sc.specificity() >= 5).findFirst();
        if (dated.isPresent()) {
            draft.set("date", dated.get().from(), s, dated.get().first(), dated.get().last(), "date in the text");
            draft.set("datePrecision", "DAY", s, dated.get().first(), dated.get().last(), "a day is named");
            if (!dated.get().to().equals(dated.get().from())) {
                draft.set("endDate", dated.get().to(), s, dated.get().first(), dated.get().last(), "date in the text");
            }
            draft.adjust(0.15, "dated in the text");
        } else {
            draft.assume("date", ctx.published, "dated by the article's publication");
            draft.assume("datePrecision", "WEEK", "the article's date places it only within about a week");
        }
        quantities(ctx, draft);
        draft.key("event|" + trigger.value() + "|"
                + String.join(",", actors.keySet()).toLowerCase(java.util.Locale.ROOT));
        ctx.drafts.add(draft);
    }

    private static boolean hypothetical(Sentence s, int index) {
        for (int i = Math.max(0, index - 4); i < index; i++) {
            if (HYPOTHETICAL.contains(s.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static String title(Sentence s) {
        String text = s.text().strip();
        if (text.length() <= 120) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 117);
        return text.substring(0, cut > 40 ? cut : 117) + "…";
    }

    private static void place(Sentence s, Draft draft) {
        List<Phrasebook.Match<String[]>> places = Lexicon.PLACES.all(s);
        if (places.isEmpty()) {
            return;
        }
        Phrasebook.Match<String[]> place = places.get(0);
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        location.put("name", place.value()[0]);
        location.put("region", place.value()[1]);
        location.put("country", place.value()[2]);
        location.put("precision", "REGION");
        draft.set("location", location, s, place.first(), place.last(), "gazetteer '" + place.phrase() + "'");
    }

    /** Counts inside the event that no claim or pledge took: "sent about 3,000 soldiers to the border". */
    private static void quantities(Context ctx, Draft draft) {
        Sentence s = ctx.sentence;
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (NumberMention m : ctx.numbers) {
            if (!(m.isCount() || m.isVague()) || m.notAFigure() != null || ctx.used.contains(m.first())) {
                continue;
            }
            int noun = -1;
            String unit = null;
            for (int j = m.last() + 1; j < Math.min(s.size(), m.last() + 5); j++) {
                if (Lexicon.PERSONNEL.at(s, j).isPresent()) {
                    noun = Lexicon.PERSONNEL.at(s, j).get().last();
                    unit = "persons";
                    break;
                }
                if (Lexicon.EQUIPMENT.at(s, j).isPresent()) {
                    noun = Lexicon.EQUIPMENT.at(s, j).get().last();
                    unit = s.token(noun).lower();
                    break;
                }
                if (s.token(j).isPunctuation() || "VERB".equals(s.token(j).pos())) {
                    break;
                }
            }
            if (noun < 0) {
                continue;
            }
            Draft figure = new Draft(CandidateKind.EVENT, s, 0);
            ClaimRules.figure(figure, s, m, "figure");
            ObjectNode quantity = list.addObject();
            quantity.put("measure", s.text(m.last() + 1, noun));
            quantity.put("unit", unit);
            quantity.set("figure", figure.proposed().get("figure"));
            Optional<Attribution> a = ctx.attributionFor(m.first(), m.last());
            if (a.isPresent() && !a.get().negated()) {
                quantity.put("claimant", a.get().name());
            } else {
                quantity.putNull("claimant");
            }
            draft.evidence("quantities", s.token(m.wordingFirst()).start(), s.token(noun).end(),
                    "count inside the event");
        }
        if (!list.isEmpty()) {
            draft.set("quantities", list, s, -1, -1, null);
        }
    }
}
