package jp.meetingsearch.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The parsers rule lines out by their characters before a pattern runs, and take a heading's marks off by hand:
 * over many lines made of the characters those rules look at, the answers equal the patterns' own.
 */
class LineShapesTest {
    /** Marks, spaces of every kind the patterns know, line ends, dashes, digits, brackets, colons and letters. */
    private static final String ALPHABET = "■□◎＜〈《<＞〉》> 　\t\r\n\u000B\f\u0085\u2028\u2029-－―─━=＝~～〜…＊*_＿・"
            + "0９PpＰｐ/／（()）:：議題委員長事務局";
    private static final Pattern HEADING_MARK = Pattern.compile(
            "^[\\s　]*[■□◎＜〈《<]?[\\s　]*(.*?)[\\s　]*[＞〉》>]?[\\s　]*$");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s　]*(?:[-－―─━=＝~～〜…＊*_＿・]{4,}|"
            + "[-－―─━=＝~～〜…＊*_＿・]{2,}(?:[\\s　]*[◇◆○●◎□■☆★][\\s　]*[-－―─━=＝~～〜…＊*_＿・]{2,})+)[\\s　]*");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s　]*(?:[-－―—–‐ー]\\s*[0-9０-９]{1,4}\\s*[-－―—–‐ー]|<\\s*PAGE\\s*=\\s*\"?[0-9]{1,5}\"?\\s*>"
                    + "|[0-9０-９]{1,4}\\s*[/／]\\s*[0-9０-９]{1,4}|[PpＰｐ]\\.?\\s*[0-9０-９]{1,4})[\\s　]*");

    private static String line(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @Test
    void aHeadingLosesTheMarksAndSpacesThePatternTookOff() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String line = line(random);
            Matcher m = HEADING_MARK.matcher(line);
            assertEquals(m.matches() ? m.group(1) : null, SummaryParser.withoutHeadingMarks(line),
                    "heading of '" + line + "'");
        }
    }

    @Test
    void separatorsAndPageNumbersAreWhatTheirPatternsSay() {
        Random random = new Random(11);
        int separators = 0;
        int pageNumbers = 0;
        for (int i = 0; i < 200_000; i++) {
            String line = line(random);
            boolean separator = SEPARATOR.matcher(line).matches();
            boolean pageNumber = PAGE_NUMBER.matcher(line).matches();
            assertEquals(separator, Cleaning.isSeparator(line), "separator '" + line + "'");
            assertEquals(pageNumber, Cleaning.isPageNumber(line), "page number '" + line + "'");
            separators += separator ? 1 : 0;
            pageNumbers += pageNumber ? 1 : 0;
        }
        // the lines drawn hold both kinds, or the comparison says little
        assertEquals(true, separators > 20 && pageNumbers > 20, separators + " separators, " + pageNumbers
                + " page numbers");
    }

    @Test
    void howTheRoomVotedIsNoSpeech() {
        for (String vote : java.util.List.of("(賛成者挙手)", "（起立全員）", "(挙手)", "（賛成者起立）", "(挙手多数)", "(全会一致)")) {
            assertEquals("挙手を求めます。", Cleaning.removeStageDirections("挙手を求めます。" + vote), vote);
        }
        assertEquals("挙手を求めます。(挙手による採決の結果は別紙)",
                Cleaning.removeStageDirections("挙手を求めます。(挙手による採決の結果は別紙)"), "a note about a vote is kept");
        assertEquals("採決は挙手（起立）により行います。", Cleaning.removeStageDirections("採決は挙手（起立）により行います。"),
                "a vote's manner inside a sentence is speech");
        assertEquals("お答えいたします。", Cleaning.removeStageDirections("【登壇】お答えいたします。").strip());
        // the page of the printed record written into the text where it turns
        assertEquals("ただいまから本日の会議を開きます。",
                Cleaning.removeStageDirections("ただいまから [ 228頁] 本日の会議を開きます。").replace(" ", ""));
        assertEquals("資料の3頁をご覧ください。", Cleaning.removeStageDirections("資料の3頁をご覧ください。"),
                "a page named in a sentence is speech");
        // a page's hints for screen readers are no part of the record
        assertTrue(Cleaning.isPageChrome("ここからサイトの主なメニューです"));
        assertTrue(Cleaning.isPageChrome("ここまでが本文です"));
        assertFalse(Cleaning.isPageChrome("ここからが本題です。"), "a sentence is the record's");
        // 四日市市議会: a stage direction whose opening bracket the page lost, alone on its line
        assertTrue(Cleaning.isStageDirection(" 総務委員長(石田成生議員)登壇〕"));
        assertFalse(Cleaning.isStageDirection("ただいまの報告に対し質疑を行います。登壇〕"), "a sentence before it is speech");
        assertTrue(HeaderRows.match("５　出　席　理　事　者", 1).isEmpty(), "出席 runs on into a label of its own");
        assertTrue(HeaderRows.match("出　席　：　山田委員", 1).isPresent());
    }
}
