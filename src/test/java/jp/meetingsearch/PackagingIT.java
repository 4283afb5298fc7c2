package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged artifacts carry the licence and the third-party notice, as an adopter receives them. */
class PackagingIT {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));

    @Test
    void pluginZipAndApplicationJarCarryLicenceAndNotice() throws Exception {
        Path zip = Path.of(System.getProperty("analysis.plugin.zip"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertNotNull(z.getEntry("LICENSE.txt"), zip + " has LICENSE.txt");
            var notice = z.getEntry("NOTICE.txt");
            assertNotNull(notice, zip + " has NOTICE.txt");
            String text = new String(z.getInputStream(notice).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("mecab-ipadic"), "the zip's notice covers the bundled dictionary");
        }
        Path jar = ROOT.resolve("target/meeting-search-0.1.0.jar");
        assertTrue(Files.exists(jar), jar.toString());
        try (ZipFile z = new ZipFile(jar.toFile())) {
            assertNotNull(z.getEntry("META-INF/LICENSE"), jar + " has META-INF/LICENSE");
            assertNotNull(z.getEntry("META-INF/NOTICE"), jar + " has META-INF/NOTICE");
        }
    }

    /** The libraries beside the jar: no Jackson 3 (the client's optional mapper) and no WebSocket server. */
    @Test
    void runtimeLibrariesLeaveOutWhatTheServiceDoesNotUse() throws Exception {
        Path lib = ROOT.resolve("target/lib");
        try (var files = Files.list(lib)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("javalin-")) && names.stream()
                    .anyMatch(n -> n.startsWith("elasticsearch-java-")) && names.stream().anyMatch(n -> n.startsWith("picocli-")),
                    names.toString());
            assertEquals(List.of(), names.stream().filter(n -> n.contains("websocket") || n.startsWith("asm")
                    || n.contains("cdi-api") || n.startsWith("jetty-ee10-webapp")).toList());
            // Jackson 3 jars are named like Jackson 2's: tell them by their version
            assertEquals(List.of(), names.stream().filter(n -> n.matches("jackson-(core|databind)-3\\..*")).toList());
        }
    }
}
