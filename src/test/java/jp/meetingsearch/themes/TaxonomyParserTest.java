package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyParserTest {

    @Test
    void readsBlocksTermsPhrasesAndComments() {
        String text = """
                \uFEFF# a comment
                [協働事業]
                description = 協働の形
                any = 協働事業, 協働、提案制度，"人財バンク"
                any = 共催
                all = 市
                none = "市議会" , 議長

                [　防災・地域の安全　]
                all = 防災
                """;
        List<Theme> themes = TaxonomyParser.parse("t.txt", text);
        assertEquals(2, themes.size());
        Theme t = themes.get(0);
        assertEquals("協働事業", t.name());
        assertEquals("協働の形", t.description());
        assertEquals(List.of(new RuleTerm("協働事業", false), new RuleTerm("協働", false),
                new RuleTerm("提案制度", false), new RuleTerm("人財バンク", true), new RuleTerm("共催", false)), t.any());
        assertEquals(List.of(new RuleTerm("市", false)), t.all());
        assertEquals(List.of(new RuleTerm("市議会", true), new RuleTerm("議長", false)), t.none());
        assertEquals(2, t.line());
        Theme second = themes.get(1);
        assertEquals("防災・地域の安全", second.name());
        assertEquals("", second.description());
        assertTrue(second.any().isEmpty());
        assertEquals(9, second.line());
    }

    @Test
    void aSeparatorInsideQuotesBelongsToThePhrase() {
        Theme t = TaxonomyParser.parse("t", "[x]\nany = \"知る、出会う\", b\n").get(0);
        assertEquals(List.of(new RuleTerm("知る、出会う", true), new RuleTerm("b", false)), t.any());
    }

    @Test
    void anEmptyFileHasNoThemes() {
        assertEquals(List.of(), TaxonomyParser.parse("t", "# nothing yet\n\n"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            any = a                          | 1 | outside a theme
            [x]\\nany = a\\n[x]\\nany = b    | 3 | defined twice
            [x]\\nsome = a                   | 2 | unknown key 'some'
            [x]\\njust words                 | 2 | expected '[theme name]' or 'key = value'
            [x]\\nany =                      | 2 | no terms after '='
            [x]\\nany = a,,b                 | 2 | empty term
            [x]\\nany = a,                   | 2 | empty term
            [x]\\nany = "a, b                | 2 | unclosed double quote
            [x]\\nany = a"b"                 | 2 | must enclose a whole term
            [x]\\nany = ""                   | 2 | empty phrase
            [x]\\ndescription = a\\ndescription = b | 3 | two descriptions
            [x\\nany = a                     | 1 | must end with ']'
            []\\nany = a                     | 1 | empty theme name
            [_untagged]\\nany = a            | 1 | may not start with '_'
            [x]\\nnone = a                   | 1 | has no rule
            [x]\\n[y]\\nany = a              | 1 | has no rule
            """)
    void errorsNameFileLineAndReason(String text, int line, String reason) {
        TaxonomyException e = assertThrows(TaxonomyException.class,
                () -> TaxonomyParser.parse("themes.txt", text.replace("\\n", "\n")));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("themes.txt:" + line + ": "), e.getMessage());
        assertTrue(e.reason().contains(reason), e.getMessage());
    }
}
