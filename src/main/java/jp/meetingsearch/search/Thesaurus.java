package jp.meetingsearch.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.meetingsearch.index.IndexDefinitions;

/**
 * The vendored thesaurus ({@code mappings/thesaurus/sudachi-synonyms.txt}: SudachiDict's synonym dictionary
 * filtered to municipal vocabulary; its README says how it was made) and the readings of query words, both read
 * once per process from the classpath, where the build copies {@code mappings/}.
 */
public final class Thesaurus {
    /** The classpath resource of the thesaurus. */
    public static final String RESOURCE = "mappings/thesaurus/sudachi-synonyms.txt";

    private Thesaurus() {
    }

    private static final class Shipped {
        static final Synonyms RULES = read();
        static final Yomi YOMI = new Yomi(IndexDefinitions.userDictionary());
    }

    /** The thesaurus's rules; a missing or malformed file stops the start with its name (and line). */
    public static Synonyms shipped() {
        return Shipped.RULES;
    }

    /** Readings of query words with the project's user dictionary, as the index reads its text. */
    public static Yomi yomi() {
        return Shipped.YOMI;
    }

    private static Synonyms read() {
        try (InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (the build copies mappings/)");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return Synonyms.parse(lines, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
