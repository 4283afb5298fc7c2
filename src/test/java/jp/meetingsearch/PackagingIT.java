package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
