package org.warledger.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The look-up of candidates asks for articles of at most 5,000 candidates per call, all intake-service answers. */
class IntakeServiceClientTest {

    private static Map<String, Integer> articles(Integer... counts) {
        Map<String, Integer> articles = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            articles.put("a" + (i + 1), counts[i]);
        }
        return articles;
    }

    @Test
    void articlesWhoseCandidatesFitInOneAnswerAreAskedForTogether() {
        assertEquals(List.of(List.of("a1", "a2", "a3")), IntakeServiceClient.groups(articles(12, 4_000, 988)));
        assertEquals(List.of(), IntakeServiceClient.groups(articles()));
    }

    @Test
    void articlesWithMoreCandidatesThanOneAnswerHoldsAreAskedForInSeveralCalls() {
        assertEquals(List.of(List.of("a1", "a2"), List.of("a3", "a4"), List.of("a5")),
                IntakeServiceClient.groups(articles(3_000, 2_000, 4_999, 1, 5_000)));
    }

    @Test
    void anArticleOfUnknownCountAddsNothingAndOneOverTheLimitGetsACallOfItsOwn() {
        assertEquals(List.of(List.of("a1", "a2"), List.of("a3"), List.of("a4")),
                IntakeServiceClient.groups(articles(null, 5_000, 7_000, 1)));
    }
}
