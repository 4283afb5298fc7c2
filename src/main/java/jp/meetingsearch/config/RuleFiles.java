package jp.meetingsearch.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the project's rule files ({@code loaders/roles.txt}, {@code loaders/titles.txt}) are: the parsers load them
 * once, on first use, from the folder the launch scripts name ({@code -Dproject.basedir}) or the working directory.
 */
public final class RuleFiles {
    private RuleFiles() {
    }

    /**
     * The file the system property {@code property} names, else {@code defaultFile} under {@code project.basedir}
     * or the working directory; {@code what} names it in the message when it is nowhere.
     */
    public static Path find(String property, String defaultFile, String what) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("project.basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir, defaultFile));
        }
        candidates.add(Path.of(defaultFile));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(what + " not found: looked for " + candidates
                + "; run from the project root or set -D" + property + "=FILE");
    }

}
