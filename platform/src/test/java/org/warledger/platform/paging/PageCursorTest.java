package org.warledger.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

    @ParameterizedTest
    @ValueSource(strings = { "US Department of Defense", "a|b", "|", "", "Министерство обороны" })
    void aNameCursorCarriesAnyNameBackUnchanged(String name) {
        PageCursor cursor = new PageCursor(PageCursor.Order.NAME, name, UUID.randomUUID());
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "DATE|2024-13-01|00000000-0000-0000-0000-000000000001",
            "UPDATED|yesterday|00000000-0000-0000-0000-000000000001", "NAME|x|not-a-uuid", "NAME|x",
            "SIDEWAYS|x|00000000-0000-0000-0000-000000000001", "nothing" })
    void aForgedCursorIsRefused(String raw) {
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode(text));
    }
}
