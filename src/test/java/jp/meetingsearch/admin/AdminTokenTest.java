package jp.meetingsearch.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AdminTokenTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void onlyTheExactBearerTokenIsAccepted() {
        AdminToken t = AdminToken.of(Optional.of(TOKEN));
        assertTrue(t.enabled());
        assertTrue(t.accepts("Bearer " + TOKEN));
        assertTrue(t.accepts("bearer " + TOKEN + " "), "the scheme is case-insensitive, outer spaces do not count");
        for (String wrong : new String[] {null, "", "Bearer", "Bearer ", TOKEN, "Basic " + TOKEN,
                "Bearer " + TOKEN.substring(1), "Bearer " + TOKEN + "x", "Bearer " + TOKEN.toUpperCase()}) {
            assertFalse(t.accepts(wrong), String.valueOf(wrong));
        }
    }

    @Test
    void withoutATokenNothingIsAccepted() {
        AdminToken off = AdminToken.of(Optional.empty());
        assertFalse(off.enabled());
        assertFalse(off.accepts("Bearer "));
        assertFalse(off.accepts("Bearer null"));
    }
}
