package jp.meetingsearch.analysis;

import java.nio.file.Path;

/** Paths inside the project, whose root Maven passes as {@code project.basedir}. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    static Path resolve(String relative) {
        return Path.of(System.getProperty("project.basedir", ".")).resolve(relative);
    }
}
