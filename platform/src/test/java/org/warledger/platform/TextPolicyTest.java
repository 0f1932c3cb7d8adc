package org.warledger.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warledger.platform.text.TextPolicy;

class TextPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "a\u0000b", "\u001b[0m", "\u007f", "\u0085", "x\ud800", "\udc00x", "\ud83d" })
    void controlCharactersAndUnpairedSurrogatesAreRefused(String text) {
        assertThrows(TextPolicy.Refused.class, () -> TextPolicy.accept(text));
    }

    @Test
    void tabsNewlinesAndPairedSurrogatesAreText() {
        assertEquals("a\tb\r\nc \ud83d\ude00", TextPolicy.accept("a\tb\r\nc \ud83d\ude00"));
    }

    @Test
    void textIsNormalisedToNfc() {
        assertEquals("Kyi\u0308v".length() - 1, TextPolicy.accept("Kyi\u0308v").length());
        assertEquals("Kyïv", TextPolicy.accept("Kyi\u0308v"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\u00a0", "\u200b\u200b", "\u2060\ufeff", "\u3000\u202f", "\u180e", "\u3164" })
    void whitespaceAndInvisibleCharactersAloneAreBlank(String text) {
        assertTrue(TextPolicy.isBlank(text));
    }

    @Test
    void aVisibleCharacterIsNotBlank() {
        assertFalse(TextPolicy.isBlank("\u200bNATO\u00a0"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ukraine MoD\u200b", "\u202eUkraine MoD", "Ukraine\u00a0MoD", "Ukraine\tMoD",
            "Ukr\u00adaine", "\ufeffNATO", "Ukraine\u2066MoD" })
    void invisibleCharactersAndOddSpacesAreRefusedInNames(String name) {
        assertNotNull(TextPolicy.nameProblem(name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ukraine MoD", "Міністерство оборони України", "Ministère des Armées", "US-UK" })
    void ordinaryNamesAreNames(String name) {
        assertNull(TextPolicy.nameProblem(name));
    }
}
