package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkedTextTest {
    private static final String S = MarkedText.START;
    private static final String E = MarkedText.END;

    @Test
    void unitesTheMarksOfSeveralFieldsAndJoinsTouchingOnes() {
        String text = "まちづくり人財バンクの登録";
        MarkedText m = MarkedText.of(text, List.of(
                "まちづくり" + S + "人財" + E + S + "バンク" + E + "の登録",
                "まちづくり" + S + "人財バ" + E + "ンクの登録"));
        assertEquals(List.of(new MarkedText.Span(5, 10)), m.marks());
        assertEquals(List.of("まちづくり<mark>人財バンク</mark>の登録"), m.fragments(3));
    }

    @Test
    void escapesEverythingOutsideTheMarks() {
        String text = "資料<script>alert(\"x\" & 'y')</script>";
        MarkedText m = MarkedText.of(text, List.of(S + "資料" + E + "<script>alert(\"x\" & 'y')</script>"));
        assertEquals(List.of("<mark>資料</mark>&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"),
                m.fragments(3));
    }

    @Test
    void aHighlightThatIsNotTheStoredTextIsIgnored() {
        String text = "文中に" + S + "私用文字" + E + "がある";
        MarkedText m = MarkedText.of(text, List.of("文中に" + S + S + "私用文字" + E + E + "がある"));
        assertTrue(m.isEmpty());
        assertEquals(List.of(), m.fragments(3));
        assertTrue(MarkedText.of("別の文", List.of(S + "違う" + E + "文")).isEmpty());
    }

    @Test
    void longTextsGiveBoundedFragmentsWithEllipses() {
        String filler = "あ".repeat(100);
        String text = filler + "協働" + filler + "協働" + filler;
        String h = filler + S + "協働" + E + filler + S + "協働" + E + filler;
        List<String> f = MarkedText.of(text, List.of(h)).fragments(3);
        String context = "あ".repeat(MarkedText.FRAGMENT_CONTEXT);
        assertEquals(List.of("…" + context + "<mark>協働</mark>" + context + "…",
                "…" + context + "<mark>協働</mark>" + context + "…"), f);
        assertEquals(1, MarkedText.of(text, List.of(h)).fragments(1).size());
    }

    @Test
    void aShortRemarkIsShownWholeWithAllItsMarks() {
        String text = "協働" + "あ".repeat(MarkedText.FRAGMENT_MAX - 4) + "協働";
        String h = S + "協働" + E + "あ".repeat(MarkedText.FRAGMENT_MAX - 4) + S + "協働" + E;
        assertEquals(List.of("<mark>協働</mark>" + "あ".repeat(MarkedText.FRAGMENT_MAX - 4) + "<mark>協働</mark>"),
                MarkedText.of(text, List.of(h)).fragments(1));
    }

    @Test
    void denseMarksNeverShowTheSameTextTwice() {
        // a mark every 32 characters: a window stops growing at FRAGMENT_MAX while the next mark's context
        // reaches back into it
        StringBuilder text = new StringBuilder("い".repeat(30));
        StringBuilder h = new StringBuilder("い".repeat(30));
        for (int k = 0; k < 30; k++) {
            text.append("協働").append("う".repeat(30));
            h.append(S).append("協働").append(E).append("う".repeat(30));
        }
        List<String> f = MarkedText.of(text.toString(), List.of(h.toString())).fragments(3);
        String plain = String.join("", f).replace("<mark>", "").replace("</mark>", "");
        String shown = plain.replace("…", "");
        assertTrue(text.toString().startsWith(f.get(0).replace("<mark>", "").replace("</mark>", "").replace("…", "")),
                "the first fragment starts the text: " + f);
        assertEquals(text.substring(0, shown.length()), shown, "consecutive, never repeated: " + f);
        assertTrue(f.getLast().endsWith("…"), "the rest is cut: " + f);
        assertTrue(shown.length() <= 3 * (MarkedText.FRAGMENT_MAX + 2 * MarkedText.FRAGMENT_CONTEXT), f.toString());
    }

    @Test
    void fragmentsThatWouldTouchBecomeOne() {
        String filler = "あ".repeat(100);
        // two marks 80 apart: their 40-character contexts meet exactly
        String gap = "い".repeat(2 * MarkedText.FRAGMENT_CONTEXT);
        String text = filler + "協働" + gap + "協働" + filler;
        String h = filler + S + "協働" + E + gap + S + "協働" + E + filler;
        List<String> f = MarkedText.of(text, List.of(h)).fragments(3);
        assertEquals(1, f.size(), f.toString());
        assertEquals("…" + "あ".repeat(MarkedText.FRAGMENT_CONTEXT) + "<mark>協働</mark>" + gap + "<mark>協働</mark>"
                + "あ".repeat(MarkedText.FRAGMENT_CONTEXT) + "…", f.get(0));
    }

    @Test
    void nearMatchesShareAFragmentAndLineBreaksBecomeSpaces() {
        String text = "協働と\n連携と協働";
        List<String> f = MarkedText.of(text, List.of(S + "協働" + E + "と\n連携と" + S + "協働" + E)).fragments(3);
        assertEquals(List.of("<mark>協働</mark>と 連携と<mark>協働</mark>"), f);
    }

    @Test
    void windowsStopAtTheTextEdgesAndKeepSurrogatePairsWhole() {
        String text = "防災と𠮷野の防災";
        MarkedText m = MarkedText.of(text, List.of(S + "防災" + E + "と𠮷野の" + S + "防災" + E));
        assertEquals(List.of(new MarkedText.Window("", "防災", "と𠮷"), new MarkedText.Window("𠮷野の", "防災", "")),
                m.windows(3));
        assertEquals(List.of(new MarkedText.Window("", "防災", "と𠮷"), new MarkedText.Window("野の", "防災", "")),
                m.windows(2));
    }

    @Test
    void runsOfWhiteSpaceWithABreakBecomeOneSpaceAsThePatternMadeThem() {
        String alphabet = " \t\r\n\u000B\f\u0085\u2028\u2029　a議<>";
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(text.replaceAll("\\s*\\R\\s*", " "), MarkedText.breaksToSpaces(text), "'" + text + "'");
        }
    }
}
