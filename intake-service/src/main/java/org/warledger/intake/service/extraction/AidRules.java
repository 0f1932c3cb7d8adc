package org.warledger.intake.service.extraction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warledger.intake.domain.CandidateKind;

/**
 * Aid records: an amount of money in a sentence about aid ("at least 40 billion euros", "a $700 million contract", "£1
 * billion military aid package"), or weapons handed over without a price ("transferring F-16 fighter jets"), with
 * donor, kind (a production contract is a CONTRACT, a cumulative "has given more than $20 billion since the war began"
 * a REPORTED_TOTAL, anything else a PLEDGE), status from the verbs, type, items and timeframe. A sentence that goes on
 * "This includes ... Patriot batteries" adds its items to the record before it.
 */
public final class AidRules {

    private static final Set<String> GROUPS = Set.of("countries", "allies", "members", "nations", "partners", "states",
            "governments", "member", "allied");
    private static final Set<String> NOT_DONOR_AFTER = Set.of("to", "against", "inside", "into", "in", "on", "at",
            "for", "across", "near", "over");
    private static final Set<String> CONTRACT_WORDS = Set.of("contract", "contracts", "order", "orders", "procurement",
            "production", "deal");
    private static final Set<String> HUMANITARIAN = Set.of("humanitarian", "food", "medical", "medicine", "medicines",
            "shelter", "relief", "refugees", "winterization", "energy", "generators");
    private static final Set<String> FINANCIAL = Set.of("financial", "budget", "loan", "loans", "economic",
            "macro-financial", "reconstruction", "grant", "grants", "budgetary", "salaries", "pensions", "facility");
    private static final Set<String> MILITARY = Set.of("military", "weapons", "defense", "defence", "ammunition",
            "arms", "security", "missiles", "munitions", "armaments", "artillery", "air-defense");
    private static final Set<String> INCLUDES = Set.of("includes", "include", "including", "included", "comprises",
            "contains", "consists");
    private static final List<List<String>> TIMEFRAME_STARTS = Scopes.words("over the coming", "over the next",
            "in the coming", "in the next", "by the end of", "within the next", "through", "until", "by",
            "over the following", "next year", "this year", "over", "for the next");

    private Draft lastAid;

    void newParagraph() {
        lastAid = null;
    }

    void apply(Context ctx) {
        Sentence s = ctx.sentence;
        if (continuation(ctx)) {
            return;
        }
        if (!aboutAid(s)) {
            return;
        }
        List<Item> items = items(s);
        boolean anyMoney = false;
        for (NumberMention m : ctx.numbers) {
            if (!m.isMoney() || m.notAFigure() != null || m.value() == null) {
                continue;
            }
            anyMoney = true;
            List<Donor> donors = donors(s, m.wordingFirst());
            Donor donor = donors.isEmpty() ? null : donors.get(0);
            Draft draft = base(ctx, donor, m.first(), items);
            draft.set("value.amount", m.value(), s, m.first(), m.last(), "amount");
            draft.set("value.currency", m.currency(), s, m.currencyToken(), m.currencyToken(), "currency");
            String qualifier = m.qualifier() == null || "RANGE".equals(m.qualifier())
                    || "UNQUANTIFIED".equals(m.qualifier()) ? "EXACT" : m.qualifier();
            draft.set("value.qualifier", qualifier, s, m.wordingFirst(),
                    m.first() > m.wordingFirst() ? m.first() - 1 : m.last(), m.qualifierRule());
            kind(ctx, draft, m);
            int whatFirst = m.currencyToken() >= 0 ? Math.min(m.wordingFirst(), m.currencyToken()) : m.wordingFirst();
            String what = s.text(whatFirst, m.last());
            int contract = contractWord(s, m.last());
            if (contract >= 0) {
                what = s.text(whatFirst, contract);
            }
            draft.assume("title", (donor == null ? "Unknown donor" : donor.name) + ": " + what,
                    "title from the donor and the amount as written");
            draft.adjust(0.2, "amount with its currency");
            draft.key("aid|" + (donor == null ? "" : donor.code) + "|" + m.value().stripTrailingZeros().toPlainString()
                    + "|" + m.currency());
            ctx.drafts.add(draft);
            lastAid = draft;
            for (int i = m.wordingFirst(); i <= m.last(); i++) {
                ctx.used.add(i);
            }
        }
        if (anyMoney || items.isEmpty()) {
            return;
        }
        // weapons handed over without a price: one record per donor
        int verb = givingVerb(s);
        if (verb < 0) {
            return;
        }
        for (Donor donor : donors(s, verb)) {
            Draft draft = base(ctx, donor, verb, items);
            draft.set("kind", "PLEDGE", s, verb, verb, "giving verb '" + s.token(verb).text() + "'");
            draft.assume("title", donor.name + ": " + items.get(0).name, "title from the donor and the items");
            draft.key("aid|" + donor.code + "|items|" + items.get(0).name.toLowerCase(java.util.Locale.ROOT));
            ctx.drafts.add(draft);
            lastAid = draft;
        }
    }

    private Draft base(Context ctx, Donor donor, int anchor, List<Item> items) {
        Sentence s = ctx.sentence;
        Draft draft = new Draft(CandidateKind.AID_PLEDGE, s, 0.45);
        if (donor != null) {
            draft.set("donor", donor.code, s, donor.first, donor.last, "donor '" + donor.name + "'");
            draft.adjust(0.2, "donor from '" + donor.name + "'");
        } else {
            draft.assume("donor", null, "no donor named");
            draft.adjust(-0.25, "no donor");
        }
        draft.assume("recipient", "UA", "recipient Ukraine unless the text says otherwise");
        status(s, anchor, draft);
        type(s, draft, items);
        if (!items.isEmpty()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (Item item : items) {
                ObjectNode node = list.addObject();
                node.put("name", item.name);
                node.put("category", item.category);
                draft.evidence("items", s.token(item.first).start(), s.token(item.last).end(),
                        "item '" + item.name + "'");
            }
            draft.set("items", list, s, -1, -1, null);
        }
        timeframe(s, draft);
        Optional<ScopeMention> date = ctx.scopes.stream().filter(sc -> sc.rule().equals("explicit dates")).findFirst();
        if (date.isPresent()) {
            draft.set("announcedOn", date.get().from(), s, date.get().first(), date.get().last(), "date in the text");
        } else {
            draft.assume("announcedOn", ctx.published, "announced on the article's publication date");
        }
        return draft;
    }

    private static void kind(Context ctx, Draft draft, NumberMention m) {
        Sentence s = ctx.sentence;
        int contract = contractWord(s, m.last());
        if (contract >= 0) {
            draft.set("kind", "CONTRACT", s, contract, contract, "contract word '" + s.token(contract).text() + "'");
            return;
        }
        Optional<ScopeMention> cumulative = ctx.scopes.stream().filter(sc -> sc.kind().equals("CUMULATIVE"))
                .findFirst();
        if (cumulative.isPresent() && !mentions(s, "package")) {
            draft.set("kind", "REPORTED_TOTAL", s, cumulative.get().first(), cumulative.get().last(),
                    "a running total ('" + s.text(cumulative.get().first(), cumulative.get().last()) + "')");
            return;
        }
        draft.assume("kind", "PLEDGE", "a package or pledge: neither a contract nor a running total");
    }

    /** A contract word right after the amount ("$700 million contract") or "for the production of". */
    private static int contractWord(Sentence s, int last) {
        for (int i = last + 1; i < Math.min(s.size(), last + 4); i++) {
            if (CONTRACT_WORDS.contains(s.token(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private static void status(Sentence s, int anchor, Draft draft) {
        Phrasebook.Match<String> best = null;
        for (Phrasebook.Match<String> match : Lexicon.STATUS_WORDS.all(s)) {
            int distance = Math.abs(match.first() - anchor) + (match.first() > anchor ? 3 : 0);
            if (best == null || distance < Math.abs(best.first() - anchor) + (best.first() > anchor ? 3 : 0)) {
                best = match;
            }
        }
        if (best != null) {
            draft.set("status", best.value(), s, best.first(), best.last(), "status word '" + best.phrase() + "'");
        } else {
            draft.assume("status", "ANNOUNCED", "no status word: reported, so announced");
        }
    }

    private static void type(Sentence s, Draft draft, List<Item> items) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).lower();
            String type = HUMANITARIAN.contains(w) ? "HUMANITARIAN"
                    : FINANCIAL.contains(w) ? "FINANCIAL" : MILITARY.contains(w) ? "MILITARY" : null;
            if (type != null) {
                draft.set("type", type, s, i, i, "type word '" + s.token(i).text() + "'");
                return;
            }
        }
        if (!items.isEmpty()) {
            draft.assume("type", "MILITARY", "weapons are military aid");
        } else {
            draft.assume("type", "MILITARY", "no type word: military aid assumed");
            draft.adjust(-0.1, "type assumed");
        }
    }

    private static void timeframe(Sentence s, Draft draft) {
        for (int i = 0; i < s.size(); i++) {
            for (List<String> words : TIMEFRAME_STARTS) {
                String start = String.join(" ", words);
                if (!s.matches(i, words)) {
                    continue;
                }
                int end = i + words.size() - 1;
                if (start.equals("over") || start.equals("by") || start.equals("through") || start.equals("until")) {
                    // "over two years", "by 2025", "through 2026": only with a period after it
                    if (end + 1 >= s.size() || !period(s, end + 1)) {
                        continue;
                    }
                }
                while (end + 1 < s.size() && end < i + words.size() + 2 && !s.token(end + 1).isPunctuation()
                        && !Set.of("and", "to", "for", "which", "that", "with").contains(s.token(end + 1).lower())
                        && !end(s, end)) {
                    end++;
                }
                draft.set("timeframe", s.text(i, end), s, i, end, "timeframe '" + start + "'");
                return;
            }
        }
    }

    private static boolean end(Sentence s, int index) {
        String w = s.token(index).lower();
        return Set.of("year", "years", "months", "month", "weeks", "summer", "winter", "spring", "autumn", "decade")
                .contains(w) || w.matches("(19|20)\\d\\d");
    }

    private static boolean period(Sentence s, int index) {
        String w = s.token(index).lower();
        return w.matches("(19|20)\\d\\d") || Set.of("the", "two", "three", "four", "five", "next", "coming").contains(w)
                || Lexicon.MONTHS.contains(w);
    }

    /** "This includes ... Patriot batteries": the items go to the record of the sentence before. */
    private boolean continuation(Context ctx) {
        Sentence s = ctx.sentence;
        if (lastAid == null || s.size() < 3) {
            return false;
        }
        String first = s.token(0).lower();
        boolean refersBack = Set.of("this", "these", "it", "that", "the").contains(first);
        boolean includes = false;
        for (int i = 1; i < Math.min(s.size(), 5); i++) {
            includes |= INCLUDES.contains(s.token(i).lower());
        }
        if (!refersBack || !includes) {
            return false;
        }
        List<Item> items = items(s);
        if (items.isEmpty()) {
            return false;
        }
        ArrayNode list = lastAid.proposed().has("items") ? (ArrayNode) lastAid.proposed().get("items")
                : lastAid.proposed().putArray("items");
        for (Item item : items) {
            ObjectNode node = list.addObject();
            node.put("name", item.name);
            node.put("category", item.category);
            lastAid.evidence("items", s.token(item.first).start(), s.token(item.last).end(), "item '" + item.name
                    + "' of the record before ('" + s.token(0).text() + " " + s.token(1).text() + "')");
        }
        lastAid.extendTo(s.end());
        lastAid.reasons().add("items from the next sentence, which refers back to it");
        return true;
    }

    private static boolean aboutAid(Sentence s) {
        for (Token t : s.tokens()) {
            if (Lexicon.AID_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Sentence s, String word) {
        return s.tokens().stream().anyMatch(t -> t.is(word));
    }

    private static int givingVerb(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (Lexicon.GIVING_VERBS.contains(s.token(i).lower()) && !"NOUN".equals(s.token(i).pos())) {
                return i;
            }
        }
        return -1;
    }

    record Item(String name, String category, int first, int last) {
    }

    /** Weapon systems and kinds of aid named in the sentence, not those of the enemy ("Russian missiles"). */
    static List<Item> items(Sentence s) {
        Map<String, Item> found = new LinkedHashMap<>();
        int taken = -1;
        for (Phrasebook.Match<String> match : Lexicon.ITEM_NAMES.all(s)) {
            int first = match.first();
            int last = match.last();
            if (first <= taken) {
                continue;
            }
            // "F-16 fighter jets", "Patriot batteries", "Stinger missiles", "Taurus cruise missiles"
            while (last + 1 < s.size() && Lexicon.ITEM_HEADS.contains(s.token(last + 1).lower())) {
                last++;
            }
            Optional<Phrasebook.Match<String>> generic = last + 1 < s.size() ? Lexicon.ITEM_NAMES.at(s, last + 1)
                    : Optional.empty();
            if (generic.isPresent() && last == match.last()) {
                last = generic.get().last();
            }
            // a model designation before a kind of weapon: "CV90 infantry fighting vehicles", "IRIS-T air defence"
            if (first > 0 && designation(s.token(first - 1).text())) {
                first--;
            }
            String head = s.token(last).lower();
            if (last == first && Set.of("patriot", "stinger", "hawk", "javelin").contains(head)) {
                continue;
            }
            taken = last;
            if (first > 0 && "ADJ".equals(s.token(first - 1).pos()) && !s.token(first - 1).is("other")
                    && !s.token(first - 1).is("more") && !s.token(first - 1).is("new")
                    && !s.token(first - 1).lower().endsWith("ing")) {
                first--;
            }
            int before = first - 1;
            if (before >= 0 && Lexicon.PARTIES.endingAt(s, before)
                    .filter(p -> Lexicon.BELLIGERENTS.contains(p.value()) && !p.value().equals("UA")).isPresent()
                    || before >= 0 && s.token(before).is("enemy")) {
                continue;
            }
            String name = s.text(first, last);
            found.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), new Item(name, match.value(), first, last));
        }
        return new ArrayList<>(found.values());
    }

    /** "CV90", "IRIS-T", "M1A2", "HIMARS": a token with a digit, or capitals and a hyphen. */
    private static boolean designation(String word) {
        return word.length() >= 2
                && (word.matches(".*\\d.*[A-Za-z].*|.*[A-Za-z].*\\d.*") || word.matches("[A-Z]{2,}(-[A-Z0-9]+)+"));
    }

    record Donor(String code, String name, int first, int last) {
    }

    /**
     * Who gives: the nearest party before the amount or giving verb (all of a list, "Belgium and Norway"); a group
     * ("Several NATO countries ... with Denmark and the Netherlands leading the way") stands for the countries the
     * sentence names; with none before, the nearest after ("a package from Germany"). Ukraine and the parties at war
     * are never donors, nor a party after "to", "against", "in".
     */
    static List<Donor> donors(Sentence s, int anchor) {
        List<Donor> all = new ArrayList<>();
        for (Phrasebook.Match<String> match : Lexicon.PARTIES.all(s)) {
            if (Lexicon.BELLIGERENTS.contains(match.value()) || match.value().equals("IR")
                    || match.value().equals("CN")) {
                continue;
            }
            String text = s.token(match.first()).text();
            if (text.length() <= 3 && text.equals(text.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int before = match.first() - 1;
            while (before >= 0 && s.token(before).is("the")) {
                before--;
            }
            if (before >= 0 && NOT_DONOR_AFTER.contains(s.token(before).lower())) {
                continue;
            }
            all.add(new Donor(match.value(), s.text(match.first(), match.last()), match.first(), match.last()));
        }
        Donor nearest = null;
        for (Donor d : all) {
            if (d.first < anchor) {
                nearest = d;
            }
        }
        if (nearest == null) {
            return all.stream().filter(d -> d.first > anchor).limit(1).toList();
        }
        if (nearest.last + 1 < s.size() && GROUPS.contains(s.token(nearest.last + 1).lower())) {
            Donor group = nearest;
            List<Donor> members = all.stream().filter(d -> d != group && d.code.length() == 2).toList();
            if (!members.isEmpty()) {
                return members;
            }
        }
        List<Donor> list = new ArrayList<>();
        list.add(nearest);
        int index = all.indexOf(nearest);
        for (int i = index - 1; i >= 0; i--) {
            Donor d = all.get(i);
            if (onlyListWords(s, d.last + 1, list.get(0).first - 1)) {
                list.add(0, d);
            } else {
                break;
            }
        }
        return list;
    }

    private static boolean onlyListWords(Sentence s, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (!Set.of(",", "and", "the", "as well as").contains(s.token(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
