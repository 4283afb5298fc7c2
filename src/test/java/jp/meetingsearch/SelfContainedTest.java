package jp.meetingsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone with nothing beside it must build and pass: no source, script or test names a path that leaves the
 * project's tree (the real files the tests use are copies under {@code src/test/resources/shared}).
 */
class SelfContainedTest {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
    /** A parent-relative path into a sibling folder, or an absolute path into the shared workspace. */
    private static final Pattern OUTSIDE = Pattern.compile(String.join("", "\\.\\.", "/(shared|data|main|wt-)|/wo", "rk/"));

    @Test
    void nothingReadsOutsideTheTree() throws IOException {
        List<String> found = new ArrayList<>();
        for (String top : List.of("src", "loaders", "mappings", "dashboards", "pom.xml", ".ci")) {
            Path start = ROOT.resolve(top);
            if (!Files.exists(start)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(start)) {
                for (Path f : files.filter(Files::isRegularFile).filter(SelfContainedTest::isText).toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < lines.size(); i++) {
                        if (OUTSIDE.matcher(lines.get(i)).find()) {
                            found.add(ROOT.relativize(f) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "paths outside the project's tree");
    }

    private static boolean isText(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".java") || n.endsWith(".xml") || n.endsWith(".sh") || n.endsWith(".json")
                || n.endsWith(".properties") || !n.contains(".");
    }
}
