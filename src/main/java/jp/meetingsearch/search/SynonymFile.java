package jp.meetingsearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonyms file, re-read when its modification time changes, so that editing it needs no restart. A file
 * that is missing means no synonyms; an edit that breaks a rule is logged (file and line) and the rules read
 * before stay in use until the file is fixed.
 */
public final class SynonymFile {
    private static final Logger LOG = LoggerFactory.getLogger(SynonymFile.class);
    /** How often the modification time is looked at: one file-system call per second at most, not one per request. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path path;
    private final Clock clock;
    private Snapshot snapshot;

    /** What was read, from which version of the file, and when the file was last looked at. */
    private record Snapshot(Synonyms synonyms, FileTime modified, Instant checked) {
    }

    /**
     * Reads the file now.
     *
     * @throws IllegalArgumentException for a malformed rule (file and line), so that a broken file stops a start
     */
    public SynonymFile(Path path) {
        this(path, Clock.systemUTC());
    }

    SynonymFile(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
        FileTime modified = modified();
        this.snapshot = new Snapshot(read(modified), modified, clock.instant());
        LOG.info("Synonyms: {} entries from {}", snapshot.synonyms().size(), path.toAbsolutePath());
    }

    public Path path() {
        return path;
    }

    /** The current rules, re-read first when the file changed since the last look. */
    public synchronized Synonyms current() {
        Instant now = clock.instant();
        if (Duration.between(snapshot.checked(), now).compareTo(CHECK_EVERY) < 0) {
            return snapshot.synonyms();
        }
        FileTime modified = modified();
        Synonyms rules = snapshot.synonyms();
        if (!java.util.Objects.equals(modified, snapshot.modified())) {
            try {
                rules = read(modified);
                LOG.info("Synonyms re-read: {} entries from {}", rules.size(), path.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                LOG.error("Synonyms file not re-read, the previous rules stay in use: {}", e.getMessage());
            }
        }
        snapshot = new Snapshot(rules, modified, now);
        return rules;
    }

    /**
     * Reads the file now, whatever its modification time says (an admin's "reload").
     *
     * @return the number of entries now in use
     * @throws IllegalArgumentException for a malformed rule (file and line); the rules read before stay in use
     */
    public synchronized int reload() {
        FileTime modified = modified();
        Synonyms rules = read(modified);
        snapshot = new Snapshot(rules, modified, clock.instant());
        LOG.info("Synonyms reloaded: {} entries from {}", rules.size(), path.toAbsolutePath());
        return rules.size();
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null;
        }
    }

    private Synonyms read(FileTime modified) {
        if (modified == null) {
            LOG.warn("No synonyms file at {}: queries are not expanded", path.toAbsolutePath());
            return Synonyms.NONE;
        }
        try {
            return Synonyms.parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
        } catch (NoSuchFileException e) {
            return Synonyms.NONE;
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
        }
    }
}
