package jp.meetingsearch.fidelity;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsers on the real published records of {@code src/test/resources/real}: every record (every form of it)
 * is read through the loaders' entry point, its turns aligned with its {@code .turns.tsv}, and each family must
 * have at least 98% of its turns right with no turn silently merged into another. The table and every turn not
 * right are printed, as {@code loaders/fidelity --details} prints them.
 */
class RealRecordsFidelityTest {
    static final Path REAL = Path.of("src/test/resources/real");
    /** The corpus read once, for both checks (it takes seconds). */
    private static List<Fidelity.RecordResult> measured;

    private static synchronized List<Fidelity.RecordResult> results() throws IOException {
        if (measured == null) {
            measured = Fidelity.measure(List.of(REAL));
        }
        return measured;
    }

    @TestFactory
    Stream<DynamicTest> everyFamilyHasItsTurnsRight() throws IOException {
        List<Fidelity.RecordResult> results = results();
        assertFalse(results.isEmpty(), "no records with expectations under " + REAL);
        for (Fidelity.RecordResult r : results) {
            if (!r.details().isEmpty()) {
                System.out.println("== " + r.file());
                r.details().forEach(d -> System.out.println("  " + d));
            }
        }
        System.out.println(Fidelity.table(results));
        Map<String, List<Fidelity.RecordResult>> byFamily = new LinkedHashMap<>();
        results.forEach(r -> byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r));
        return byFamily.entrySet().stream().map(f -> DynamicTest.dynamicTest("family " + f.getKey(), () -> {
            List<String> failures = Fidelity.failures(f.getValue());
            assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + Fidelity.table(f.getValue()));
        }));
    }

    /**
     * The records the parsers do not read perfectly yet, each with what is left; every other record must be read with
     * every turn right and no turn missed, extra or merged, so that a change that mends one layout cannot quietly
     * break another record that was right.
     */
    private static final Map<String, String> NOT_YET_PERFECT = Map.ofEntries(
            Map.entry("hakodate-teirei-r060222.json", "one extra turn"),
            Map.entry("naie-teirei-r061210.txt", "one turn wrong"),
            Map.entry("nanporo-teirei-r061211.txt", "局 長 alone, where the lists give two posts ending so (事務局長,"
                    + " 農業委員会事務局長)"),
            Map.entry("asahikawa-nishikagura-h221216.txt", "a narrative line read as the secretariat's"),
            Map.entry("env-kikakuseisaku-h121020.txt", "a narrative line under <議事経過> read as a turn"),
            Map.entry("semboku-gappei-h170327.txt", "a header of labels, then their values; a list headed 〜出席者"),
            Map.entry("atsugi-johokokai-r041027.txt", "header labels with the value below read as speakers"),
            Map.entry("fukui-somu-h280908.txt", "a surname the dictionary reads as a prefix and a noun (片矢委員長)"),
            Map.entry("hamura-shakyo-h220418.txt", "a note with a quotation in it; a decision line marked as the chair's"),
            Map.entry("manazuru-giun-r010514.txt", "the chair's name from a letter-spaced list on one line loses its given name"),
            Map.entry("tara-chiikifukushi-h151128.txt", "a narrative line of the recorder's (…を説明。) read as a turn"),
            Map.entry("toda-kyodo-h270213.txt", "a recorder's narrative under a heading read as the secretariat's"),
            Map.entry("chofu-kodomo-r061031.txt", "a heading and a note inside a record of one line kept in a turn"),
            Map.entry("nagasaki-chiikifukushi-h221108.txt", "narrative lines read as the secretariat's; a turn that"
                    + " holds only a note ((了承)) dropped with a warning"));

    @TestFactory
    Stream<DynamicTest> everyRecordReadPerfectlyStaysSo() throws IOException {
        return results().stream()
                .filter(r -> !NOT_YET_PERFECT.containsKey(r.file().getFileName().toString()))
                .map(r -> DynamicTest.dynamicTest(REAL.relativize(r.file()).toString(), () -> assertTrue(
                        r.refused() == null && r.right() == r.expected() && r.extra() == 0 && r.merged() == 0,
                        r.file() + ": " + r.right() + " of " + r.expected() + " right, " + r.extra() + " extra, "
                                + r.merged() + " merged" + (r.refused() == null ? "" : ", refused: " + r.refused())
                                + "\n" + String.join("\n", r.details()))));
    }

    /**
     * The records whose meeting fields (the date, body and title their expectations give) are not all read yet, each
     * with why; every other record must have every judged field right.
     */
    private static final Map<String, String> FIELDS_NOT_YET_RIGHT = Map.ofEntries(
            Map.entry("higashiomi-teirei-r020225.html", "title: the page's heading is read, not the printed title"),
            Map.entry("kusatsu-teirei-r020605.html", "title: the listing's day and issue (－06月05日-01号) are kept"),
            Map.entry("otsu-tokubetsu-r020716.html", "title: the listing's day and issue (－07月16日-07号) are kept"),
            Map.entry("ichikawa-honkaigi-h290622.txt", "body: a plenary whose assembly only a bill's name gives"),
            Map.entry("naha-ippan-r0509.txt", "body: a plenary page that names no assembly"),
            Map.entry("yukuhashi-ippan-h290612.txt", "body: a plenary page that names no assembly"),
            Map.entry("tsukuba-giun-r061226.html", "body: a committee page that names no committee; the site's"
                    + " assembly is read"),
            Map.entry("chikugo-byoinhyoka-h221201.txt", "body: the record names its body short (評価委員会)"),
            Map.entry("chofu-kominkan-r061126.txt", "body: the name stands inside a header run into one line"),
            Map.entry("gunma-kyoiku-r060319.txt", "body: no title; the venue line under the date is read as one"),
            Map.entry("higashimurayama-bunkazai-h260313.txt", "body: a form's cells extracted out of order"),
            Map.entry("mext-taishin-h180522.txt", "body: the parent committee's name is kept before the working"
                    + " group's, as 中央環境審議会企画政策部会 is"),
            Map.entry("hamura-hamuran-r070123.txt", "body: the text names no meeting"),
            Map.entry("hamura-shakyo-h220418.txt", "body: the text names no meeting"),
            Map.entry("komae-gomihangen-r050221.txt", "body: the text names no meeting"),
            Map.entry("komae-toshokan-h250410.txt", "body: the text names no meeting"),
            Map.entry("komae-toshokan-h250830.txt", "body: the text names no meeting"),
            Map.entry("sakai-byoinkikohyoka-r010930.txt", "body: the page names its agenda item, not its meeting"));

    @TestFactory
    Stream<DynamicTest> everyRecordsMeetingFieldsAreRight() throws IOException {
        return results().stream()
                .filter(r -> r.fields() > 0 && !FIELDS_NOT_YET_RIGHT.containsKey(r.file().getFileName().toString()))
                .map(r -> DynamicTest.dynamicTest(REAL.relativize(r.file()).toString(), () -> assertTrue(
                        r.fieldsRight() == r.fields(), r.file() + ": " + r.fieldsRight() + " of " + r.fields()
                                + " meeting fields right\n" + String.join("\n", r.details().stream()
                                .filter(d -> d.startsWith("meeting ")).toList()))));
    }
}
