package jp.meetingsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.text.Variants;
import org.junit.jupiter.api.Test;

/**
 * {@code mappings/analysis.json} applies exactly the pairs of {@code mappings/variants.txt}, in every analyzer.
 * After an edit of the table, {@code -Dgolden.update=true} rewrites the rules in analysis.json.
 */
class VariantMappingsTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    private static final Path TABLE = ROOT.resolve("mappings/variants.txt");
    private static final Path ANALYSIS = ROOT.resolve("mappings/analysis.json");
    private static final Pattern RULES = Pattern.compile("(\"ja_variants\": \\{\\s*\"type\": \"mapping\",\\s*\"mappings\": \\[)([^\\]]*)(\\s*])");

    @Test
    void analysisAppliesTheTable() throws IOException {
        List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        List<String> rules = Variants.rules(lines);
        String text = Files.readString(ANALYSIS, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        if (Boolean.getBoolean("golden.update")) {
            Matcher m = RULES.matcher(text);
            assertTrue(m.find(), "no ja_variants mapping in " + ANALYSIS);
            List<String> quoted = new ArrayList<>();
            for (String r : rules) {
                quoted.add("\n          " + json.writeValueAsString(r));
            }
            text = text.substring(0, m.start(2)) + String.join(",", quoted) + text.substring(m.end(2));
            Files.writeString(ANALYSIS, text, StandardCharsets.UTF_8);
        }
        JsonNode analysis = json.readTree(text).get("analysis");
        List<String> applied = new ArrayList<>();
        analysis.at("/char_filter/ja_variants/mappings").forEach(r -> applied.add(r.asText()));
        assertEquals(rules, applied, ANALYSIS + " is not generated from " + TABLE + "; run with -Dgolden.update=true");
        assertEquals("mapping", analysis.at("/char_filter/ja_variants/type").asText());
        analysis.get("analyzer").fields().forEachRemaining(a -> assertEquals("[\"ja_variants\"]",
                a.getValue().path("char_filter").toString(), a.getKey() + " folds variants"));
    }

    @Test
    void theTableIsLargeWellFormedAndFoldsTowardTheUsualForm() throws IOException {
        List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
        Variants v = Variants.parse(lines, TABLE.toString());
        assertTrue(Variants.rules(lines).size() >= 150, "at least 150 pairs");
        for (String[] pair : new String[][] {{"山﨑", "山崎"}, {"齋藤", "斎藤"}, {"齊藤", "斎藤"}, {"濵", "浜"}, {"廣", "広"},
                {"澤", "沢"}, {"櫻", "桜"}, {"邉", "辺"}, {"邊", "辺"}, {"髙", "高"}}) {
            assertEquals(pair[1], v.fold(pair[0]), pair[0]);
        }
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                assertEquals(3, cols.length, "VARIANT, FORM and EVIDENCE: " + line);
                assertTrue(Character.UnicodeScript.of(cols[0].codePointAt(0)) == Character.UnicodeScript.HAN
                        && Character.UnicodeScript.of(cols[1].codePointAt(0)) == Character.UnicodeScript.HAN, line);
            }
        }
    }
}
