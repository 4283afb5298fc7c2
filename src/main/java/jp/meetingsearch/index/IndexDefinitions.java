package jp.meetingsearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the index definitions that the build copies from {@code mappings/} onto the classpath: one file per index,
 * the shared {@code analysis.json}, and {@code user-dictionary.txt}, whose lines become the
 * {@code user_dictionary_rules} of every {@code kuromoji_tokenizer}.
 */
public final class IndexDefinitions {
    private static final String DIR = "mappings/";
    private final Map<IndexName, IndexDefinition> definitions;

    private IndexDefinitions(Map<IndexName, IndexDefinition> definitions) {
        this.definitions = definitions;
    }

    /** Loads all definitions from the classpath. */
    public static IndexDefinitions load() {
        ObjectMapper mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        ObjectNode analysis = (ObjectNode) readJson(mapper, "analysis.json").get("analysis");
        List<String> rules = userDictionaryRules(readText("user-dictionary.txt"));
        injectRules(analysis, rules);
        String fingerprint = fingerprint(mapper, analysis);
        Map<IndexName, IndexDefinition> defs = new EnumMap<>(IndexName.class);
        for (IndexName n : IndexName.values()) {
            ObjectNode body = (ObjectNode) readJson(mapper, n.base() + ".json");
            ObjectNode settings = (ObjectNode) body.path("settings");
            if (settings.isMissingNode()) {
                throw new IllegalStateException(DIR + n.base() + ".json has no \"settings\"");
            }
            settings.set("analysis", analysis.deepCopy());
            ObjectNode meta = (ObjectNode) body.path("mappings").path("_meta");
            if (!meta.path("schema_version").canConvertToInt()) {
                throw new IllegalStateException(DIR + n.base() + ".json: mappings._meta.schema_version must be a number");
            }
            meta.put("analysis_fingerprint", fingerprint);
            defs.put(n, new IndexDefinition(n, meta.get("schema_version").asInt(), fingerprint, body));
        }
        return new IndexDefinitions(defs);
    }

    /** The definition of one index. */
    public IndexDefinition get(IndexName name) {
        return definitions.get(name);
    }

    /** The rules of {@code user-dictionary.txt} as every {@code kuromoji_tokenizer} of the indices gets them. */
    public static List<String> userDictionary() {
        return userDictionaryRules(readText("user-dictionary.txt"));
    }

    /** Parses the user dictionary: one rule per line, {@code #} comments and blank lines skipped. */
    static List<String> userDictionaryRules(String text) {
        List<String> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 4 || cols[1].split(" ").length != cols[2].split(" ").length) {
                throw new IllegalStateException(DIR + "user-dictionary.txt:" + (i + 1)
                        + ": expected surface,segmentation,readings,part-of-speech with one reading per segment: " + line);
            }
            rules.add(line);
        }
        return rules;
    }

    private static void injectRules(ObjectNode analysis, List<String> rules) {
        analysis.path("tokenizer").forEach(t -> {
            if ("kuromoji_tokenizer".equals(t.path("type").asText()) && !t.has("user_dictionary_rules")) {
                ArrayNode arr = ((ObjectNode) t).putArray("user_dictionary_rules");
                rules.forEach(arr::add);
            }
        });
    }

    private static String fingerprint(ObjectMapper mapper, JsonNode analysis) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(mapper.treeToValue(analysis, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(ObjectMapper mapper, String file) {
        try {
            return mapper.readTree(readText(file));
        } catch (IOException e) {
            throw new IllegalStateException(DIR + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String readText(String file) {
        try (InputStream in = IndexDefinitions.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(DIR + file + " is not on the classpath (the build copies mappings/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
