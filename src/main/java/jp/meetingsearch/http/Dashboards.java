package jp.meetingsearch.http;

import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** Serves the web pages of {@code dashboards/} (from the classpath), the vendored chart library and Swagger UI's WebJar. */
public final class Dashboards {
    private Dashboards() {
    }

    /** {@code /} is the search page, {@code /<page>.html} each page, {@code /vendor/…} the chart library. */
    static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dashboards";
            files.location = Location.CLASSPATH;
            // pages and modules change with each release; revalidating costs one 304
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        // Swagger UI of /api/docs
        config.staticFiles.enableWebjars();
    }
}
