package jp.meetingsearch.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the application's {@code Main} in a JVM of its own, from the jar the build packaged (tests that need a
 * small heap, a process to kill, or everything it prints, logs included).
 */
public final class ChildJvm {
    private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));

    private ChildJvm() {
    }

    /** What a finished run returned and printed (stdout and stderr together). */
    public record Result(int exitCode, String output, Duration took) {
    }

    /** A process builder for {@code java [jvmOptions] -jar app.jar args…}, environment cleared of ES variables. */
    public static ProcessBuilder builder(List<String> jvmOptions, Map<String, String> env, Path output, String... args) {
        Path jar = ROOT.resolve("target/meeting-search-0.1.0.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after 'mvn package'");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Dproject.basedir=" + ROOT);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ES_") || k.equals("INDEX_PREFIX")
                || k.equals("SAMPLE_DATA") || k.equals("PORT") || k.equals("ADMIN_TOKEN"));
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end, or kills the JVM after {@code timeout} and fails. */
    public static Result run(List<String> jvmOptions, Map<String, String> env, Duration timeout, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("child-jvm", ".out");
        try {
            long t0 = System.nanoTime();
            Process p = builder(jvmOptions, env, out, args).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("still running after " + timeout + ": " + String.join(" ", args)
                        + "\n" + tail(new String(Files.readAllBytes(out), StandardCharsets.UTF_8)));
            }
            return new Result(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String tail(String s) {
        return s.length() > 4000 ? "…" + s.substring(s.length() - 4000) : s;
    }
}
