package jp.meetingsearch.themes;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.search.ThemeCounting;
import jp.meetingsearch.search.ThemeFilters;
import jp.meetingsearch.text.Width;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme taxonomy of a running service, read from a file and read again whenever the file's modification time
 * or size changes. An edit takes effect on the next request: a theme is answered from the tags the
 * {@link ThemeTagger} wrote while they are complete for its current rule, and by its rule's query until then
 * (see {@link ThemeView}). A malformed file makes theme requests fail with its file:line error until it is fixed.
 */
public final class Taxonomy implements ThemeFilters {
    /** The file used when {@code THEMES_FILE} is not set, relative to the working directory. */
    public static final String DEFAULT_FILE = jp.meetingsearch.config.SearchConfig.DEFAULT_THEMES;
    /**
     * The pseudo-theme of remarks that no theme tags, usable wherever a theme name is ({@code theme=_untagged}),
     * so that whoever edits the taxonomy can read what it misses.
     */
    public static final String UNTAGGED = TaxonomyParser.RESERVED_PREFIX + "untagged";
    private static final Logger LOG = LoggerFactory.getLogger(Taxonomy.class);

    private final Path file;
    private final TagState tags = new TagState();
    private volatile Snapshot snapshot;

    public Taxonomy(Path file) {
        this.file = file;
    }

    /** The file this taxonomy is read from. */
    public Path file() {
        return file;
    }

    /** The themes in file order, as the file reads now. */
    public List<Theme> themes() {
        return current().themes();
    }

    /** The theme of that name (exact, or equal after width folding), if the taxonomy has one. */
    public Optional<Theme> theme(String name) {
        Snapshot s = current();
        Theme t = s.byName().get(name);
        if (t == null && name != null) {
            t = s.byName().get(Width.normalize(name));
        }
        return Optional.ofNullable(t);
    }

    /** What the tagger verified about the tags of this taxonomy's themes, and its progress. */
    public TagState tags() {
        return tags;
    }

    /** The themes as a request sees them now: rules, and which themes have complete tags. */
    public ThemeView view() {
        Snapshot s = current();
        return new ThemeView(s.themes(), s.queries(), tags.tagged(s.themes()), tags.namesClean(s.themes()));
    }

    /** The filter of a theme (or of {@link #UNTAGGED}), or empty when there is no such theme. */
    @Override
    public Optional<Query> filter(String theme) {
        ThemeView view = view();
        if (UNTAGGED.equals(theme)) {
            return Optional.of(view.untagged());
        }
        return theme(theme).map(view::filter);
    }

    /** Every theme's filter, keyed by name, in file order. */
    @Override
    public Map<String, Query> all() {
        return view().filters();
    }

    /** How a request counts remarks per theme now: from the tags when every theme's are complete. */
    @Override
    public ThemeCounting counting() {
        return view().counting();
    }

    /**
     * Reads the file now, whatever its stamp says (an admin's "reload").
     *
     * @return the number of themes now in use
     * @throws TaxonomyException when the file is missing, unreadable or malformed (file:line in the message)
     */
    public synchronized int reload() {
        snapshot = read(stamp());
        return snapshot.orThrow().themes().size();
    }

    /**
     * The parsed file, read again when its modification time or size changed since the last read.
     *
     * @throws TaxonomyException when the file is missing, unreadable or malformed (file:line in the message)
     */
    private Snapshot current() {
        Stamp stamp = stamp();
        Snapshot s = snapshot;
        if (s != null && s.stamp().equals(stamp)) {
            return s.orThrow();
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || !s.stamp().equals(stamp)) {
                s = read(stamp);
                snapshot = s;
            }
        }
        return s.orThrow();
    }

    private Stamp stamp() {
        try {
            return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
        } catch (NoSuchFileException e) {
            return Stamp.MISSING;
        } catch (IOException e) {
            throw new TaxonomyException(file.toString(), 0, "cannot read the theme file: " + e.getMessage(), e);
        }
    }

    private Snapshot read(Stamp stamp) {
        String source = file.toString();
        if (stamp.equals(Stamp.MISSING)) {
            return Snapshot.failed(stamp, new TaxonomyException(source, 0,
                    "no such theme file (set THEMES_FILE or create " + DEFAULT_FILE + ")"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(
                    java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            List<Theme> themes = TaxonomyParser.parse(source, text);
            Map<String, Theme> byName = new LinkedHashMap<>();
            Map<String, Query> queries = new LinkedHashMap<>();
            for (Theme t : themes) {
                byName.putIfAbsent(Width.normalize(t.name()), t);
                byName.put(t.name(), t);
                queries.put(t.name(), ThemeQueries.of(t));
            }
            LOG.info("Read {} themes from {}", themes.size(), source);
            return new Snapshot(stamp, themes, Collections.unmodifiableMap(byName),
                    Collections.unmodifiableMap(queries), null);
        } catch (TaxonomyException e) {
            LOG.warn("Theme file not usable: {}", e.getMessage());
            return Snapshot.failed(stamp, e);
        } catch (CharacterCodingException e) {
            return Snapshot.failed(stamp, new TaxonomyException(source, 0, "not UTF-8 text", e));
        } catch (IOException e) {
            return Snapshot.failed(stamp, new TaxonomyException(source, 0, "cannot read: " + e.getMessage(), e));
        }
    }

    /** What identifies one version of the file. */
    private record Stamp(FileTime modified, long size) {
        static final Stamp MISSING = new Stamp(FileTime.fromMillis(0), -1);
    }

    /** One reading of the file: its themes, or why it could not be used. */
    private record Snapshot(Stamp stamp, List<Theme> themes, Map<String, Theme> byName, Map<String, Query> queries,
            TaxonomyException error) {
        static Snapshot failed(Stamp stamp, TaxonomyException error) {
            return new Snapshot(stamp, List.of(), Map.of(), Map.of(), error);
        }

        Snapshot orThrow() {
            if (error != null) {
                throw error;
            }
            return this;
        }
    }
}
