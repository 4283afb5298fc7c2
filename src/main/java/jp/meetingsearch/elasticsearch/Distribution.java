package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jp.meetingsearch.config.LocalNodeConfig;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution the local node runs from: resolved through Maven, unpacked once into the cache
 * folder, and combined with one build of our analysis plugin into a node home.
 */
public final class Distribution {
    /** The ES version the plugin and the mappings are made for. */
    public static final String VERSION = "9.5.3";
    static final String COORDINATES = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + VERSION + ":zip";
    private static final String PLUGIN_DIR_NAME = "analysis-kuromoji-ja";
    private static final int KEPT_HOMES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Distribution.class);

    private Distribution() {
    }

    /**
     * A node home for this plugin build under the configuration's {@code cacheDir}: the unpacked distribution (made once) hard-linked
     * into a folder per plugin content, so nodes with different plugin builds never share a plugins folder.
     * Synchronized as well as file-locked: a JVM may not hold two locks on one file (nodes started at once).
     */
    public static synchronized Path prepareHome(LocalNodeConfig cfg, Path pluginZip) {
        Path cacheDir = cfg.cacheDir();
        try {
            Files.createDirectories(cacheDir);
            try (FileChannel ch = FileChannel.open(cacheDir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                Path pristine = unpackOnce(cfg);
                String pluginHash = sha256(pluginZip).substring(0, 12);
                Path home = cacheDir.resolve("homes").resolve("elasticsearch-" + VERSION + "-" + pluginHash);
                if (!Files.isRegularFile(home.resolve(".complete"))) {
                    Path tmp = Files.createDirectories(home.getParent())
                            .resolve(home.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                    deleteTree(tmp);
                    linkTree(pristine, tmp);
                    Path pluginDir = tmp.resolve("plugins").resolve(PLUGIN_DIR_NAME);
                    unzip(pluginZip, pluginDir);
                    Files.writeString(tmp.resolve(".complete"), pluginZip.toString() + "\n");
                    deleteTree(home);
                    Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
                    LOG.info("Prepared node home {} with plugin {}", home, pluginZip.getFileName());
                    pruneOldHomes(home.getParent(), home);
                }
                return home;
            }
        } catch (IOException e) {
            throw new LocalNodeException("could not prepare the Elasticsearch distribution in " + cacheDir + ": " + e, e);
        }
    }

    /** Unpacks the distribution zip into {@code cacheDir/elasticsearch-VERSION} unless that was done before. */
    static Path unpackOnce(LocalNodeConfig cfg) throws IOException {
        Path cacheDir = cfg.cacheDir();
        Path target = cacheDir.resolve("elasticsearch-" + VERSION);
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        Path zip = resolveZip(cfg);
        long t0 = System.nanoTime();
        Path tmp = cacheDir.resolve("elasticsearch-" + VERSION + ".tmp-" + ProcessHandle.current().pid());
        deleteTree(tmp);
        unzip(zip, tmp);
        // the zip holds one top folder, elasticsearch-VERSION
        Path inner = tmp.resolve("elasticsearch-" + VERSION);
        Files.writeString(inner.resolve(".complete"), zip + "\n");
        deleteTree(target);
        Files.move(inner, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(tmp);
        LOG.info("Unpacked {} into {} in {} ms", zip.getFileName(), target,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return target;
    }

    /** The distribution zip in the local Maven repository, fetched through Maven when it is not there yet. */
    static Path resolveZip(LocalNodeConfig cfg) {
        Path zip = cfg.mavenRepository().resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
                .resolve(VERSION).resolve("elasticsearch-" + VERSION + ".zip");
        if (Files.isRegularFile(zip)) {
            return zip;
        }
        LOG.info("Fetching {} through Maven", COORDINATES);
        List<String> cmd = List.of(cfg.maven(), "-q", "-B", "dependency:get", "-Dartifact=" + COORDINATES,
                "-Dtransitive=false");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0 || !Files.isRegularFile(zip)) {
                throw new LocalNodeException("Maven could not fetch " + COORDINATES + " (" + String.join(" ", cmd)
                        + "):\n" + tail(out, 20));
            }
            return zip;
        } catch (IOException e) {
            throw new LocalNodeException("could not run Maven (" + cmd.get(0) + ") to fetch " + COORDINATES
                    + ": " + e.getMessage() + ". Install Maven or set ES_URL to an existing cluster.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalNodeException("interrupted while fetching " + COORDINATES, e);
        }
    }

    /** Unzips keeping the Unix file modes the zip records (the bin scripts must stay executable). */
    static void unzip(Path zip, Path dest) throws IOException {
        Files.createDirectories(dest);
        Path root = dest.toAbsolutePath().normalize();
        try (ZipFile zf = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zf.getEntries())) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException(zip + ": entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                int mode = entry.getUnixMode();
                if (mode != 0) {
                    Files.setPosixFilePermissions(out, permissions(mode));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    /** Mirrors {@code from} into {@code to} with hard links (a copy where links are not possible). */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".complete")) {
                    try {
                        Files.createLink(target, p);
                    } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                        throw e;
                    } catch (IOException e) {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static void pruneOldHomes(Path homes, Path keep) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(homes)) {
            s.filter(p -> !p.equals(keep) && Files.isRegularFile(p.resolve(".complete"))).forEach(all::add);
        }
        all.sort(Comparator.comparing((Path p) -> p.resolve(".complete").toFile().lastModified()).reversed());
        for (int i = KEPT_HOMES - 1; i < all.size(); i++) {
            // a home still used by a running node keeps working: its files are hard links of the pristine copy
            deleteTree(all.get(i));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }
}
