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
}
