package jp.meetingsearch.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

import org.apache.lucene.util.Version;

/** The machine and versions a benchmark ran on, printed above its figures. */
final class SystemInfo {
    private SystemInfo() {
    }

    static void print(PrintStream out) {
        Runtime rt = Runtime.getRuntime();
        var os = ManagementFactory.getOperatingSystemMXBean();
        out.printf("machine: %d cores, %.1f GB heap max, %s %s%n", rt.availableProcessors(), rt.maxMemory() / 1e9,
                os.getName(), os.getArch());
        out.printf("JDK %s (%s); Lucene %s (our Kuromoji); Elasticsearch %s%n", Runtime.version(),
                ManagementFactory.getRuntimeMXBean().getVmVendor(), Version.LATEST,
                jp.meetingsearch.elasticsearch.Distribution.VERSION);
        out.printf("started %s, uptime %d ms%n", java.time.Instant.now(), ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
