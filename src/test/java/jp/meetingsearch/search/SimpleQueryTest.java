package jp.meetingsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import jp.meetingsearch.http.params.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleQueryTest {

    /** A compact rendering: groups joined by " AND ", alternatives by " OR ", phrases quoted, exclusions as NOT. */
    static String render(SimpleQuery q) {
        String pos = q.groups().stream()
                .map(g -> g.alternatives().stream().map(SimpleQueryTest::term).collect(Collectors.joining(" OR ")))
                .collect(Collectors.joining(" AND "));
        String neg = q.excluded().stream().map(t -> "NOT " + term(t)).collect(Collectors.joining(" "));
        return (pos + " " + neg).trim();
    }

    private static String term(SimpleQuery.Term t) {
        return t.phrase() ? "\"" + t.text() + "\"" : "[" + t.text() + "]";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¤', quoteCharacter = '`', value = {
            "協働 まちづくり ¤ [協働] AND [まちづくり]",
            "協働　まちづくり ¤ [協働] AND [まちづくり]",
            "\"人材 バンク\" 登録 ¤ \"人材 バンク\" AND [登録]",
            "“人材バンク” ¤ \"人材バンク\"",
            "＂人材バンク＂ ¤ \"人材バンク\"",
            "協働 -学習会 ¤ [協働] NOT [学習会]",
            "協働 －学習会 ¤ [協働] NOT [学習会]",
            "協働 −学習会 ¤ [協働] NOT [学習会]",
            "協働 -\"第1回 学習会\" ¤ [協働] NOT \"第1回 学習会\"",
            "若者 | 高校生 参加 ¤ [若者] OR [高校生] AND [参加]",
            "若者|高校生|大学生 ¤ [若者] OR [高校生] OR [大学生]",
            "若者 ｜ 高校生 ¤ [若者] OR [高校生]",
            "若者 || 高校生 ¤ [若者] OR [高校生]",
            "\"協働事業\" | 連携 ¤ \"協働事業\" OR [連携]",
            "| 若者 ¤ [若者]",
            "若者 | ¤ [若者]",
            "若者 | -高校生 | 大学生 ¤ [若者] AND [大学生] NOT [高校生]",
            "- 協働 ¤ [協働]",
            "-- 協働 ¤ [協働]",
            "--協働 ¤ NOT [協働]",
            "\"協働 ¤ \"協働\"",
            "協働\" 推進 ¤ [協働] AND \"推進\"",
            "co-op ¤ [co-op]",
            "ＡＢＣ ¤ [ABC]",
            "協働\t推進\u0000会議 ¤ [協働] AND [推進] AND [会議]",
            "、。！？ 協働 ¤ [協働]",
            "\"\" 協働 ¤ [協働]",
    })
    void parses(String q, String expected) {
        assertEquals(expected, render(SimpleQuery.parse(q, "q")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "-", "|", "\"", "\"\"", "- | -", "、。", "\u0000\u0001", "\uD800", "-\"\""})
    void oddInputIsEmptyRatherThanAnError(String q) {
        assertTrue(SimpleQuery.parse(q, "q").isEmpty(), q);
    }

    @Test
    void nullIsEmpty() {
        assertTrue(SimpleQuery.parse(null, "q").isEmpty());
    }

    @Test
    void refusesMoreThanTheMaximumLengthNamingTheParameter() {
        String q = "協".repeat(SimpleQuery.MAX_LENGTH + 1);
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SimpleQuery.parse(q, "q"));
        assertEquals("q", e.parameter());
        assertEquals(SimpleQuery.MAX_LENGTH, SimpleQuery.parse("協".repeat(SimpleQuery.MAX_LENGTH), "q")
                .positiveTerms().getFirst().text().length());
    }

    @Test
    void refusesTooManyTerms() {
        String ok = "語 ".repeat(SimpleQuery.MAX_TERMS);
        assertEquals(SimpleQuery.MAX_TERMS, SimpleQuery.parse(ok, "q").positiveTerms().size());
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> SimpleQuery.parse(ok + "-外", "q"));
        assertEquals("q", e.parameter());
    }

    @Test
    void variantsKeepTheTypedFormFirstWithoutRepeats() {
        SimpleQuery.Term t = SimpleQuery.Term.of("人材", false).withVariants(List.of("人財", "人材"));
        assertEquals(List.of("人材", "人財"), t.variants());
    }
}
