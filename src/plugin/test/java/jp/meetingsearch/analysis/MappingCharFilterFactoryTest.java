package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MappingCharFilterFactoryTest {
    private static MappingCharFilterFactory factory(List<String> rules) {
        return ComponentFactories.create(MappingCharFilterFactory.class, Map.of("mappings", rules));
    }

    @Test
    void replacesEachLeftSideByItsRightSideAsElasticsearchReadsTheRules() throws IOException {
        MappingCharFilterFactory f = factory(List.of("﨑 => 崎", "齋=>斎", " 邉  =>  辺 ", "\\u9AD9 => \\u9AD8", "𠮷 => 吉",
                "ph => f", "\\t => \\u0020", "x =>"));
        assertEquals("山崎 斎藤 渡辺 高橋 吉田 f o", Tokens.read(f.create(new StringReader("山﨑\t齋藤 渡邉 髙橋 𠮷田 ph xoxx"))));
        assertEquals("山崎", Tokens.read(f.normalize(new StringReader("山﨑"))), "normalizers get the same rewrite");
    }

    @Test
    void noRulesChangeNothing() throws IOException {
        // the node builds each stable component once without settings when it creates an index
        MappingCharFilterFactory f = ComponentFactories.create(MappingCharFilterFactory.class);
        assertEquals("山﨑", Tokens.read(f.create(new StringReader("山﨑"))));
    }

    @Test
    void refusesWhatElasticsearchRefusesAndFiles() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> factory(List.of("﨑 -> 崎"))).getMessage()
                .contains("Invalid Mapping Rule : [﨑 -> 崎]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> factory(List.of(" => 崎"))).getMessage()
                .contains("Illegal mapping"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> factory(List.of("\\u12 => a"))).getMessage()
                .contains("Invalid escaped char"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComponentFactories.create(
                MappingCharFilterFactory.class, Map.of("mappings_path", "variants.txt"))).getMessage()
                .contains("[mappings_path] is not supported"));
    }
}
