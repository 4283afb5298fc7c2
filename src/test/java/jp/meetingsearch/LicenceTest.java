package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an adopter checks first: the licence, the POM's licence, and a notice naming every bundled part. */
class LicenceTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));

    @Test
    void apacheLicenceInTheTreeAndInThePom() throws IOException {
        String licence = read("LICENSE");
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"), "LICENSE");
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "the whole licence text, not a stub");
        String pom = read("pom.xml");
        Matcher m = Pattern.compile("<licenses>\\s*<license>\\s*<name>([^<]+)</name>").matcher(pom);
        assertTrue(m.find() && m.group(1).equals("Apache-2.0"), "pom.xml <licenses> names Apache-2.0");
    }

    @Test
    void noticeNamesEveryBundledPart() throws IOException {
        String notice = read("NOTICE");
        // the plugin zip bundles the kuromoji jar, which carries the IPADIC dictionary
        String assembly = read("src/plugin/assembly.xml");
        assertTrue(assembly.contains("org.apache.lucene:lucene-analysis-kuromoji"), "the zip's bundled jar");
        assertTrue(notice.contains("Lucene analysis-kuromoji"), "Kuromoji in NOTICE");
        assertTrue(notice.contains("mecab-ipadic-2.7.0-20070801") && notice.contains("NO WARRANTY"),
                "IPADIC's notice with ICOT's no-warranty condition");
        assertTrue(notice.contains("Apache ECharts") && notice.contains("ZRender"), "the chart library and its parts");
        assertTrue(notice.contains("integ-test") && notice.contains("official analysis-kuromoji"),
                "NOTICE says the local node's distribution is not bundled and what production runs");
        String docs = read("docs/cluster.md");
        assertTrue(docs.contains("for development and a single machine")
                && docs.contains("bin/elasticsearch-plugin install analysis-kuromoji"), "docs/cluster.md");
    }

    private static String read(String name) throws IOException {
        return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
    }
}
