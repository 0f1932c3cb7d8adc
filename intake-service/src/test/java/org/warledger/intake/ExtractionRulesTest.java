package org.warledger.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.intake.domain.CandidateKind;
import org.warledger.intake.service.extraction.Draft;
import org.warledger.intake.service.extraction.Extractor;

/** The extraction rules on sentences of the articles' kind that are not in them. */
class ExtractionRulesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 20);

    private static List<JsonNode> claims(String text) {
        return Extractor.extract(text, PUBLISHED).stream().filter(d -> d.kind() == CandidateKind.CASUALTY_CLAIM)
                .map(Draft::proposed).map(JsonNode.class::cast).toList();
    }

    private static List<JsonNode> pledges(String text) {
        return Extractor.extract(text, PUBLISHED).stream().filter(d -> d.kind() == CandidateKind.AID_PLEDGE)
                .map(Draft::proposed).map(JsonNode.class::cast).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "more than 12,000 | MORE_THAN | 12000", "at least 300 | AT_LEAST | 300",
            "around 2.5 million | APPROXIMATELY | 2500000", "some 4,000 | APPROXIMATELY | 4000",
            "up to 700 | AT_MOST | 700", "as many as 1.2m | AT_MOST | 1200000", "twelve thousand | EXACT | 12000",
            "nearly 80,000 | APPROXIMATELY | 80000", "exactly 45 | EXACT | 45" })
    void wordingAndNumberFormats(String figure, String qualifier, long value) {
        JsonNode claim = claims("The Ukrainian General Staff said " + figure + " Russian soldiers were killed.").get(0);
        assertEquals(qualifier, claim.path("figure").path("qualifier").asText());
        assertEquals(value, claim.path("figure").path("value").asLong());
        assertEquals("KILLED", claim.path("category").asText());
        assertEquals("RU", claim.path("subject").asText());
        assertEquals("Ukrainian General Staff", claim.path("claimant").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia's Defence Ministry claimed its forces had killed 1,200 Ukrainian soldiers in the past day."
                    + " | Russia's Defence Ministry | UA | KILLED | 1200 | INTERVAL",
            "The UN human rights office has verified 11,973 civilian deaths since February 2022."
                    + " | UN human rights office | | KILLED | 11973 | CUMULATIVE",
            "Ukraine has lost around 31,000 troops, President Zelensky said in February."
                    + " | President Zelensky | UA | KILLED_OR_WOUNDED | 31000 | CUMULATIVE",
            "Ukrainian forces destroyed 12 Russian helicopters overnight, the air force said."
                    + " | air force | RU | EQUIPMENT | 12 | INTERVAL",
            "According to the Institute for the Study of War, at least 2,000 Russian troops were captured in Kursk."
                    + " | Institute for the Study of War | RU | CAPTURED | 2000 | CUMULATIVE",
            "Estimates by the BBC put Russian military deaths at roughly 70,000."
                    + " | BBC | RU | KILLED | 70000 | CUMULATIVE" })
    void attributionBeforeOrAfterTheFigure(String sentence, String claimant, String subject, String category,
            long value, String scope) {
        JsonNode claim = claims(sentence).get(0);
        assertEquals(claimant, claim.path("claimant").asText());
        assertEquals(subject, claim.path("subject").isNull() ? null : claim.path("subject").asText());
        assertEquals(category, claim.path("category").asText());
        assertEquals(value, claim.path("figure").path("value").asLong());
        assertEquals(scope, claim.path("scope").path("kind").asText(), "said in February is when, not the scope");
    }

    @Test
    void aFinancialFacilityIsFinancialAid() {
        JsonNode pledge = pledges("The European Union approved a €50 billion facility for Ukraine.").get(0);
        assertEquals("EU", pledge.path("donor").asText());
        assertEquals("FINANCIAL", pledge.path("type").asText());
        assertEquals("COMMITTED", pledge.path("status").asText());
        assertEquals(50_000_000_000L, pledge.path("value").path("amount").asLong());
    }

    @Test
    void aRangeKeepsItsBounds() {
        JsonNode claim = claims("According to UK intelligence, between 1,000 and 1,500 North Korean troops have been "
                + "killed or wounded.").get(0);
        assertEquals("RANGE", claim.path("figure").path("qualifier").asText());
        assertEquals(1000, claim.path("figure").path("low").asLong());
        assertEquals(1500, claim.path("figure").path("high").asLong());
        assertEquals("KILLED_OR_WOUNDED", claim.path("category").asText());
        assertEquals("KP", claim.path("subject").asText());
        assertEquals("UK intelligence", claim.path("claimant").asText());
    }

    @Test
    void severalFiguresInOneSentenceAreSeveralClaimsWithTheirOwnCategories() {
        List<JsonNode> claims = claims("Kyiv reports that in the last 24 hours Russia lost 1,380 soldiers, 9 tanks, "
                + "21 artillery systems and 40 drones.");
        assertEquals(4, claims.size());
        assertEquals(List.of("KILLED_OR_WOUNDED", "EQUIPMENT", "EQUIPMENT", "EQUIPMENT"),
                claims.stream().map(c -> c.path("category").asText()).toList());
        assertEquals(List.of("", "TANK", "ARTILLERY", "DRONE"),
                claims.stream().map(c -> c.path("equipmentType").asText()).toList());
        for (JsonNode claim : claims) {
            assertEquals("Kyiv", claim.path("claimant").asText());
            assertEquals("INTERVAL", claim.path("scope").path("kind").asText());
            assertEquals("2024-11-19", claim.path("scope").path("from").asText());
            assertEquals("2024-11-20", claim.path("scope").path("to").asText());
        }
    }

    @Test
    void anAttributionCarriesToTheNextSentenceOfTheParagraph() {
        List<JsonNode> claims = claims("The Pentagon released new estimates on Tuesday. Russian casualties have "
                + "surpassed 700,000 since the full-scale invasion.");
        assertEquals(1, claims.size());
        assertEquals("Pentagon", claims.get(0).path("claimant").asText());
        assertEquals("2022-02-24", claims.get(0).path("scope").path("from").asText());
        assertTrue(claims("The Pentagon released new estimates on Tuesday.\nRussian casualties have surpassed 700,000.")
                .get(0).path("claimant").isNull(), "a new paragraph carries nothing");
    }

    @Test
    void lastMonthIsThePreviousCalendarMonth() {
        JsonNode claim = claims("Ukraine's military said about 45,000 Russian troops were wounded last month.").get(0);
        assertEquals("WOUNDED", claim.path("category").asText());
        assertEquals("2024-10-01", claim.path("scope").path("from").asText());
        assertEquals("2024-10-31", claim.path("scope").path("to").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = { "The Kremlin did not confirm reports of 300 dead soldiers.",
            "Moscow denied that 2,000 Russian soldiers were killed.",
            "The war entered its 1,000th day as 30 percent of the troops rotated.",
            "Russia fired missiles with a range of 300 km at Kharkiv in 2023.",
            "A 155 mm shell costs about 3,000 dollars.", "The battle began on November 18 in the Kursk region.",
            "About a third of the 12 brigades were sent to the front.",
            "Officials said the soldiers were deployed to 14 villages." })
    void numbersThatAreNotFiguresGiveNoClaim(String sentence) {
        assertEquals(List.of(), claims(sentence), sentence);
    }

    @Test
    void aidKindsStatusesAndCurrencies() {
        JsonNode total = pledges("Germany has given more than €10.5 billion in military aid since the war began.")
                .get(0);
        assertEquals("REPORTED_TOTAL", total.path("kind").asText());
        assertEquals("DE", total.path("donor").asText());
        assertEquals("EUR", total.path("value").path("currency").asText());
        assertEquals("MORE_THAN", total.path("value").path("qualifier").asText());
        assertEquals(10_500_000_000L, total.path("value").path("amount").asLong());

        JsonNode proposed = pledges("Canada proposes a C$500 million package of drones for Ukraine.").get(0);
        assertEquals("PROPOSED", proposed.path("status").asText());
        assertEquals("CA", proposed.path("donor").asText());

        JsonNode declined = pledges("Germany refuses to send Taurus missiles to Ukraine.").get(0);
        assertEquals("DECLINED", declined.path("status").asText());
        assertTrue(declined.path("items").toString().contains("Taurus"), declined.toString());

        JsonNode pounds = pledges("Britain announced £2.3bn of military support for Ukraine.").get(0);
        assertEquals("GBP", pounds.path("value").path("currency").asText());
        assertEquals(2_300_000_000L, pounds.path("value").path("amount").asLong());
        assertEquals("GB", pounds.path("donor").asText());
        assertEquals("ANNOUNCED", pounds.path("status").asText());
    }

    @Test
    void aRunOnTextIsReadInBoundedPiecesToItsEnd() {
        String clause = "Kyiv said Russia lost 17 tanks, 9 drones and 1,200 soldiers; ";
        String text = clause.repeat(3_000) + "Kyiv said Russia lost 4,321 tanks";
        List<Draft> drafts = Extractor.extract(text, PUBLISHED);
        assertTrue(drafts.stream().anyMatch(d -> d.proposed().path("figure").path("value").asLong() == 4321),
                "the last figure of a 186,000-character sentence is read");
        for (Draft draft : drafts) {
            assertTrue(draft.end() - draft.start() <= 1_000, "a piece of at most 1,000 characters");
        }
    }

    @Test
    void theSameTextAlwaysGivesTheSameCandidates() {
        String text = "According to Ukraine's General Staff, Russia has lost over 9,000 tanks since the invasion.";
        assertEquals(Extractor.extract(text, PUBLISHED).stream().map(Draft::proposed).toList(),
                Extractor.extract(text, PUBLISHED).stream().map(Draft::proposed).toList());
    }
}
