package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jp.meetingsearch.config.LocalNodeConfig;

/** Finds the analysis plugin zip that the build wrote beside the application jar (or where configured). */
public final class PluginZip {
    private PluginZip() {
    }

    /**
     * The plugin zip: the configured one (system property {@code analysis.plugin.zip}, else
     * {@code ANALYSIS_PLUGIN_ZIP}), else the {@code analysis-kuromoji-ja-*.zip} in the build folder this code was
     * loaded from.
     */
    public static Path locate(LocalNodeConfig cfg) {
        if (cfg.pluginZip().isPresent()) {
            return cfg.pluginZip().get();
        }
        try {
            Path code = Path.of(PluginZip.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path buildDir = code.getParent(); // target/ for both target/classes and target/app.jar
            try (Stream<Path> s = Files.list(buildDir)) {
                return s.filter(p -> p.getFileName().toString().matches("analysis-kuromoji-ja-.*\\.zip"))
                        .findFirst()
                        .orElseThrow(() -> new LocalNodeException("no analysis-kuromoji-ja-*.zip in " + buildDir
                                + ": build it with 'mvn package' (loaders/serve does this)"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new LocalNodeException("cannot locate the analysis plugin zip: " + e.getMessage(), e);
        }
    }
}
