package org.warledger.intake.service.extraction;

import java.util.Set;

/**
 * The words the extraction rules read, in one place: parties and who speaks for them, casualty and equipment words,
 * figure wordings, attribution verbs, aid and event vocabulary. Every list is general English news usage about this
 * war, not the words of one article.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /**
     * Parties: countries, their adjectives, capitals used as metonyms, organisations and the people who speak for them.
     */
    public static final Phrasebook<String> PARTIES = new Phrasebook<String>()
            .add("RU", "russia", "russian", "russians", "moscow", "kremlin", "russian federation",
                    "russian armed forces", "russian forces", "russian army", "russian military", "putin", "wagner",
                    "wagner group", "wagner mercenaries")
            .add("UA", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "ukrainian armed forces",
                    "ukrainian forces", "ukrainian army", "ukrainian military", "zelensky", "zelenskyy", "zelenskyj",
                    "zelenskiy")
            .add("KP", "north korea", "north korean", "north koreans", "dprk", "pyongyang", "kim jong un")
            .add("BY", "belarus", "belarusian", "minsk", "lukashenko").add("IR", "iran", "iranian", "tehran")
            .add("CN", "china", "chinese", "beijing")
            .add("US", "united states", "us", "u.s.", "usa", "america", "american", "americans", "washington",
                    "white house", "pentagon", "biden administration", "biden", "joe biden", "state department",
                    "us department of defense", "department of defense", "blinken", "trump administration", "congress")
            .add("GB", "united kingdom", "uk", "u.k.", "britain", "great britain", "british", "london",
                    "downing street", "starmer", "sunak")
            .add("DE", "germany", "german", "berlin", "scholz", "bundeswehr")
            .add("FR", "france", "french", "paris", "macron").add("DK", "denmark", "danish", "copenhagen")
            .add("NL", "netherlands", "dutch", "the hague").add("BE", "belgium", "belgian")
            .add("NO", "norway", "norwegian", "oslo").add("SE", "sweden", "swedish").add("FI", "finland", "finnish")
            .add("PL", "poland", "polish", "warsaw").add("CA", "canada", "canadian")
            .add("JP", "japan", "japanese", "tokyo").add("KR", "south korea", "south korean", "seoul")
            .add("AU", "australia", "australian").add("NZ", "new zealand").add("IT", "italy", "italian", "rome")
            .add("ES", "spain", "spanish").add("CZ", "czech republic", "czechia", "czech")
            .add("EE", "estonia", "estonian").add("LV", "latvia", "latvian").add("LT", "lithuania", "lithuanian")
            .add("PT", "portugal", "portuguese").add("GR", "greece", "greek").add("TR", "turkey", "turkish", "turkiye")
            .add("RO", "romania", "romanian").add("SK", "slovakia", "slovak").add("BG", "bulgaria", "bulgarian")
            .add("HR", "croatia").add("SI", "slovenia").add("CH", "switzerland", "swiss")
            .add("AT", "austria", "austrian").add("IE", "ireland", "irish")
            .add("NATO", "nato", "north atlantic treaty organization", "stoltenberg", "jens stoltenberg", "rutte",
                    "mark rutte")
            .add("EU", "eu", "european union", "european commission", "brussels", "von der leyen",
                    "ursula von der leyen", "european council")
            .add("G7", "g7", "group of seven");

    /** The parties whose losses a casualty claim can be about. */
    public static final Set<String> BELLIGERENTS = Set.of("RU", "UA", "KP", "BY");

    /** Casualty words, each giving a category; killed and wounded words together make KILLED_OR_WOUNDED. */
    public static final Phrasebook<String> CASUALTY_WORDS = new Phrasebook<String>()
            .add("KILLED", "killed", "dead", "deaths", "death", "fatalities", "died", "slain", "death toll", "lives",
                    "perished", "killing")
            .add("WOUNDED", "wounded", "injured", "injuries", "injury", "hurt", "injuring", "wounding")
            .add("KILLED_OR_WOUNDED", "casualties", "casualty", "losses", "killed or wounded", "killed and wounded",
                    "killed or injured", "killed and injured", "dead and wounded", "dead or wounded",
                    "dead and injured", "dead or injured", "personnel losses", "human losses")
            .add("CAPTURED", "captured", "prisoners", "prisoners of war", "pows", "taken prisoner", "surrendered")
            .add("MISSING", "missing", "missing in action");

    /** Verbs and nouns that make a count of people or equipment a count of losses. */
    public static final Phrasebook<String> LOSS_WORDS = new Phrasebook<String>().add("LOSS", "lost", "lose", "loses",
            "losing", "losses", "loss", "sustained", "suffered", "suffering", "destroyed", "destroying", "downed",
            "shot down", "eliminated", "neutralized", "neutralised", "liquidated", "wiped out", "put out of action",
            "knocked out", "damaged", "casualties");

    /** Nouns that count people. */
    public static final Phrasebook<String> PERSONNEL = new Phrasebook<String>().add("PERSONNEL", "troops", "soldiers",
            "soldier", "servicemen", "servicemembers", "service members", "personnel", "fighters", "men", "mercenaries",
            "conscripts", "marines", "paratroopers", "military personnel", "combatants", "civilians", "people",
            "children", "troop", "occupiers", "invaders", "recruits", "convicts", "prisoners");

    /** Nouns that count equipment, with the equipment type of casualty-service. */
    public static final Phrasebook<String> EQUIPMENT = new Phrasebook<String>()
            .add("TANK", "tanks", "tank", "main battle tanks")
            .add("ARMORED_VEHICLE", "armoured vehicles", "armored vehicles", "armoured combat vehicles",
                    "armored combat vehicles", "armoured fighting vehicles", "armored fighting vehicles",
                    "infantry fighting vehicles", "armoured personnel carriers", "armored personnel carriers", "apcs",
                    "ifvs", "armoured vehicle", "armored vehicle")
            .add("VEHICLE", "vehicles", "vehicle", "trucks", "vehicles and fuel tanks", "automotive vehicles")
            .add("ARTILLERY", "artillery systems", "artillery", "artillery pieces", "artillery guns", "howitzers",
                    "mortars", "rocket launchers", "multiple rocket launchers", "mlrs", "guns", "artillery system")
            .add("AIRCRAFT", "aircraft", "planes", "warplanes", "jets", "fighter jets", "airplanes")
            .add("HELICOPTER", "helicopters", "helicopter")
            .add("DRONE", "drones", "uavs", "unmanned aerial vehicles", "drone")
            .add("SHIP", "ships", "vessels", "boats", "warships", "ship", "submarines")
            .add("AIR_DEFENSE", "air defense systems", "air defence systems", "air defense", "air defence",
                    "anti-aircraft systems", "air-defense systems", "air-defence systems")
            .add("OTHER", "cruise missiles", "missiles", "special equipment");

    /** Wordings of a figure, read before the number. */
    public static final Phrasebook<String> QUALIFIERS = new Phrasebook<String>()
            .add("MORE_THAN", "over", "more than", "exceeded", "exceeds", "exceed", "exceeding", "topped", "tops",
                    "topping", "top", "surpassing", "surpassed", "surpasses", "surpass", "above", "upwards of",
                    "in excess of", "passed", "beyond", "just over", "well over", "well above", "greater than")
            .add("AT_LEAST", "at least", "no fewer than", "no less than", "a minimum of", "not less than",
                    "not fewer than")
            .add("APPROXIMATELY", "about", "approximately", "around", "roughly", "nearly", "almost", "some", "close to",
                    "closer to", "an estimated", "estimated at", "estimated", "circa", "approx.", "nearing", "near",
                    "some estimated")
            .add("AT_MOST", "up to", "as many as", "at most", "no more than", "fewer than", "less than", "under",
                    "below", "not more than", "a maximum of", "just under");

    /** Verbs that attribute a statement to the noun phrase before them. */
    public static final Phrasebook<String> ATTRIBUTION_VERBS = new Phrasebook<String>().add("SAYS", "said", "says",
            "say", "stated", "states", "state", "reported", "reports", "report", "confirmed", "confirms", "confirm",
            "disclosed", "discloses", "disclose", "estimated", "estimates", "estimate", "claimed", "claims", "claim",
            "announced", "announces", "announce", "told", "tells", "asserted", "asserts", "noted", "notes", "added",
            "adds", "revealed", "reveals", "wrote", "writes", "assessed", "assesses", "assess", "believes",
            "calculated", "calculates", "counted", "counts", "recorded", "records", "registered", "published",
            "publishes", "put", "puts", "cited", "cites", "indicated", "indicates", "acknowledged", "acknowledges",
            "admitted", "admits", "insisted", "insists", "warned", "warns", "declared", "declares", "tallied", "denied",
            "denies", "disputed", "disputes", "rejected", "verified", "verifies", "documented", "documents", "tallies");

    /** Attribution verbs that deny rather than state. */
    public static final Set<String> DENIALS = Set.of("denied", "denies", "disputed", "disputes", "rejected");

    /** Nouns that carry someone's figures: "estimates from X", "figures from X", "data by X". */
    public static final Set<String> REPORT_NOUNS = Set.of("estimates", "estimate", "figures", "figure", "data",
            "assessments", "assessment", "reports", "report", "statistics", "numbers", "count", "tally",
            "calculations");

    /** Nouns that make a noun phrase an institution that can state figures, even without a proper noun. */
    public static final Set<String> SPEAKER_NOUNS = Set.of("officials", "official", "ministry", "intelligence", "staff",
            "military", "army", "forces", "government", "administration", "spokesperson", "spokesman", "spokeswoman",
            "command", "commander", "commanders", "agency", "agencies", "analysts", "observers", "sources",
            "department", "office", "president", "minister", "secretary", "general", "service", "mission", "monitors",
            "institute", "prosecutors", "authorities", "governor", "mayor", "chief", "force", "navy", "guard", "guards",
            "police", "headquarters", "council", "committee", "watchdog", "monitor", "ministers", "envoy", "ambassador",
            "spokespeople", "experts", "researchers", "group", "project", "un", "observatory");

    /** Number words: units, teens and tens. Scales are in {@link #SCALES}. */
    public static final Phrasebook<Long> NUMBER_WORDS = new Phrasebook<Long>().add(1L, "one").add(2L, "two")
            .add(3L, "three").add(4L, "four").add(5L, "five").add(6L, "six").add(7L, "seven").add(8L, "eight")
            .add(9L, "nine").add(10L, "ten").add(11L, "eleven").add(12L, "twelve", "a dozen", "dozen")
            .add(13L, "thirteen").add(14L, "fourteen").add(15L, "fifteen").add(16L, "sixteen").add(17L, "seventeen")
            .add(18L, "eighteen").add(19L, "nineteen").add(20L, "twenty").add(30L, "thirty").add(40L, "forty")
            .add(50L, "fifty").add(60L, "sixty").add(70L, "seventy").add(80L, "eighty").add(90L, "ninety");

    /** Scale words after a number: "2.5 million", "40bn", "twelve thousand". */
    public static final Phrasebook<Long> SCALES = new Phrasebook<Long>().add(100L, "hundred")
            .add(1_000L, "thousand", "k").add(1_000_000L, "million", "m", "mn", "millions")
            .add(1_000_000_000L, "billion", "bn", "b", "billions").add(1_000_000_000_000L, "trillion");

    /**
     * Vague quantities, kept as words: the service gives each a documented lower bound (see casualty-service's
     * vocabulary).
     */
    public static final Phrasebook<String> VAGUE = new Phrasebook<String>().add("VAGUE", "dozens", "scores", "hundreds",
            "thousands", "tens of thousands", "hundreds of thousands", "millions", "several dozen", "several hundred",
            "several thousand", "many thousands", "many hundreds");

    /** Units after a number that make it a measurement, a duration or a share, never a count of losses or money. */
    public static final Set<String> MEASURE_UNITS = Set.of("mm", "cm", "km", "kilometres", "kilometers", "miles",
            "mile", "metres", "meters", "m2", "kg", "kilograms", "tons", "tonnes", "ton", "pounds-force", "calibre",
            "caliber", "%", "percent", "per", "percentage", "hours", "hour", "days", "day", "weeks", "week", "months",
            "month", "years", "year", "minutes", "seconds", "km/h", "mph", "knots", "degrees", "times", "kilometre",
            "kilometer", "square", "hectares", "acres", "mw", "gw", "decades", "centuries", "-year-old", "year-old",
            "years-old", "th", "st", "nd", "rd", "inch", "inches", "feet", "foot", "litres", "liters", "barrels",
            "rounds-per-minute", "points");

    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** Currency symbols and words, with their ISO 4217 codes. */
    public static final Phrasebook<String> CURRENCIES = new Phrasebook<String>()
            .add("USD", "$", "us$", "usd", "dollars", "dollar", "us dollars", "u.s. dollars")
            .add("EUR", "€", "eur", "euros", "euro").add("GBP", "£", "gbp", "pounds", "pounds sterling", "sterling")
            .add("JPY", "¥", "yen", "jpy").add("CHF", "chf", "swiss francs").add("CAD", "c$", "cad", "canadian dollars")
            .add("AUD", "a$", "aud", "australian dollars").add("SEK", "sek", "swedish kronor", "kronor")
            .add("NOK", "nok", "norwegian kroner").add("DKK", "dkk", "danish kroner")
            .add("PLN", "pln", "zloty", "zlotys").add("UAH", "uah", "hryvnias", "hryvnia");

    /** Words that make a sentence about aid. */
    public static final Set<String> AID_WORDS = Set.of("aid", "assistance", "package", "packages", "support", "pledge",
            "pledged", "pledges", "pledging", "contract", "contracts", "funding", "fund", "funds", "loan", "loans",
            "grant", "grants", "tranche", "weapons", "military", "provide", "provides", "provided", "providing", "send",
            "sends", "sent", "sending", "give", "gives", "gave", "given", "giving", "donate", "donated", "donates",
            "deliver", "delivers", "delivered", "delivering", "supply", "supplies", "supplied", "commit", "commits",
            "committed", "allocate", "allocated", "allocates", "help", "financing", "budget", "transfer",
            "transferring", "transferred", "order", "procurement", "purchase", "buy", "bought", "facility",
            "macro-financial", "financial", "humanitarian", "donation", "donations", "contribution");

    /** Verbs that hand something to Ukraine. */
    public static final Set<String> GIVING_VERBS = Set.of("provide", "provides", "provided", "providing", "send",
            "sends", "sent", "sending", "give", "gives", "gave", "given", "giving", "donate", "donated", "donates",
            "donating", "deliver", "delivers", "delivered", "delivering", "supply", "supplies", "supplied", "supplying",
            "transfer", "transfers", "transferring", "transferred", "pledge", "pledged", "pledges", "pledging", "offer",
            "offered", "offers", "hand", "handed", "ship", "shipped", "shipping", "dispatch", "dispatched", "commit",
            "committed", "commits");

    /** Aid status from the verbs around it. */
    public static final Phrasebook<String> STATUS_WORDS = new Phrasebook<String>()
            .add("PROPOSED", "proposes", "proposed", "propose", "proposal", "proposing", "requested", "requests",
                    "asked congress", "seeks", "plans to send", "plans to provide", "set to announce",
                    "expected to announce", "will announce", "to be announced", "considering", "mulls")
            .add("ANNOUNCED", "announces", "announced", "announce", "unveiled", "unveils", "unveil", "pledged",
                    "pledges", "promised", "promises", "will provide", "would provide", "will send", "would send")
            .add("COMMITTED", "committed", "commits", "commit", "agreed", "approved", "approves", "signed", "signs")
            .add("ALLOCATED", "allocated", "allocates", "earmarked")
            .add("DELIVERED", "delivered", "delivers", "arrived", "handed over", "transferring", "transferred",
                    "has sent", "have sent", "shipped", "received")
            .add("DECLINED", "refuses", "refused", "refuse", "refusing", "rules out", "ruled out", "rule out",
                    "ruling out", "declined", "declines", "decline", "rejected", "rejects", "will not send",
                    "won't send", "would not send", "will not provide", "won't provide", "not send", "not provide")
            .add("WITHDRAWN", "withdrew", "withdrawn", "withdraws", "cancelled", "canceled", "scrapped");

    /** Weapon systems and kinds of aid items, with the item category of aid-service. */
    public static final Phrasebook<String> ITEM_NAMES = new Phrasebook<String>()
            .add("AIRCRAFT", "f-16", "f-16s", "mig-29", "mig-29s", "gripen", "mirage", "mirage 2000", "fighter jets",
                    "fighter aircraft", "jets", "warplanes")
            .add("AIR_DEFENSE", "patriot", "nasams", "iris-t", "hawk", "gepard", "samp/t", "air defense systems",
                    "air defence systems", "air defense", "air defence", "air-defense systems", "patriot batteries",
                    "anti-aircraft")
            .add("MISSILE", "stinger", "stingers", "atacms", "storm shadow", "scalp", "taurus", "javelin", "javelins",
                    "nlaw", "harpoon", "long-range missiles", "missiles", "cruise missiles")
            .add("ARTILLERY", "himars", "m777", "caesar", "howitzers", "artillery", "rocket launchers", "archer")
            .add("TANK", "leopard", "leopard 2", "leopard 1", "abrams", "challenger", "challenger 2", "tanks")
            .add("ARMORED_VEHICLE", "bradley", "bradleys", "marder", "stryker", "strykers", "armoured vehicles",
                    "armored vehicles", "infantry fighting vehicles", "armored personnel carriers")
            .add("AMMUNITION", "ammunition", "artillery shells", "shells", "munitions", "rounds")
            .add("DRONE", "drones", "bayraktar", "switchblade", "uavs").add("SHIP", "patrol boats", "ships")
            .add("SMALL_ARMS", "rifles", "small arms")
            .add("EQUIPMENT", "equipment", "military equipment", "body armour", "body armor", "helmets", "generators");

    /** Head nouns that may follow a weapon system's name: "F-16 fighter jets", "Patriot batteries". */
    public static final Set<String> ITEM_HEADS = Set.of("fighter", "jets", "jet", "aircraft", "batteries", "battery",
            "missiles", "missile", "systems", "system", "launchers", "launcher", "tanks", "tank", "vehicles",
            "howitzers", "interceptors", "rockets", "drones", "shells", "rounds", "units", "air", "defense", "defence");

    /** Event types from the verbs and nouns that report them. */
    public static final Phrasebook<String> EVENT_WORDS = new Phrasebook<String>()
            .add("AUTHORIZATION", "authorized", "authorised", "authorizes", "authorises", "authorize", "authorise",
                    "authorization", "authorisation", "approved the use", "allowed", "permitted", "green light",
                    "gave permission", "lifted restrictions")
            .add("DEPLOYMENT", "deployed", "deploys", "deploy", "deployment", "deploying", "sent troops",
                    "sending troops", "sent soldiers", "sending soldiers", "stationed", "troops deployed")
            .add("SUMMIT", "summit", "summits", "meeting", "talks", "conference", "met")
            .add("STRIKE", "strikes", "strike", "struck", "attacks", "attack", "attacked", "shelling", "shelled",
                    "bombardment", "bombed", "barrage", "launching", "launched")
            .add("BATTLE", "battle", "battles", "fighting", "offensive", "counteroffensive", "skirmishes", "clashes",
                    "assault", "assaults", "advance", "advancements", "push")
            .add("MILESTONE", "thousandth day", "anniversary", "1,000th day", "one thousand days");

    /** Places with their region and country. */
    public static final Phrasebook<String[]> PLACES = new Phrasebook<String[]>()
            .add(new String[] { "Kursk region", "Kursk Oblast", "RU" }, "kursk region", "kursk oblast", "kursk")
            .add(new String[] { "Belgorod region", "Belgorod Oblast", "RU" }, "belgorod region", "belgorod oblast",
                    "belgorod")
            .add(new String[] { "Bryansk region", "Bryansk Oblast", "RU" }, "bryansk region", "bryansk")
            .add(new String[] { "Moscow", "Moscow", "RU" }, "moscow region")
            .add(new String[] { "Donetsk region", "Donetsk Oblast", "UA" }, "donetsk region", "donetsk oblast",
                    "donetsk", "donbas", "donbass")
            .add(new String[] { "Luhansk region", "Luhansk Oblast", "UA" }, "luhansk region", "luhansk oblast",
                    "luhansk")
            .add(new String[] { "Kharkiv", "Kharkiv Oblast", "UA" }, "kharkiv", "kharkiv region", "kharkiv oblast")
            .add(new String[] { "Zaporizhzhia", "Zaporizhzhia Oblast", "UA" }, "zaporizhzhia", "zaporizhzhia region")
            .add(new String[] { "Kherson", "Kherson Oblast", "UA" }, "kherson", "kherson region")
            .add(new String[] { "Crimea", "Crimea", "UA" }, "crimea", "crimean peninsula")
            .add(new String[] { "Odesa", "Odesa Oblast", "UA" }, "odesa", "odessa")
            .add(new String[] { "Bakhmut", "Donetsk Oblast", "UA" }, "bakhmut")
            .add(new String[] { "Avdiivka", "Donetsk Oblast", "UA" }, "avdiivka")
            .add(new String[] { "Pokrovsk", "Donetsk Oblast", "UA" }, "pokrovsk")
            .add(new String[] { "Kyiv", "Kyiv", "UA" }, "kyiv region")
            .add(new String[] { "Lviv", "Lviv Oblast", "UA" }, "lviv")
            .add(new String[] { "Dnipro", "Dnipropetrovsk Oblast", "UA" }, "dnipro")
            .add(new String[] { "Sumy", "Sumy Oblast", "UA" }, "sumy", "sumy region")
            .add(new String[] { "Mariupol", "Donetsk Oblast", "UA" }, "mariupol")
            .add(new String[] { "Washington", "District of Columbia", "US" }, "washington summit");
}
