package jp.meetingsearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judged queries of {@code src/test/resources/quality/judgments.tsv} (format in that file's header): the
 * published records they were judged over, and each * query with its family, its parameters and the remarks judged relevant, named by source file and a snippet of
 * their text so that the judgments survive changes of remark ids and turn boundaries.
 */
record JudgedSet(List<String> corpus, List<Query> queries) {
    /** The part of the queries before any {@code S} line: the queries the engine was developed with. */
    static final String DEVELOPMENT = "development";

    /** The families of the set, in report order. */
    static final List<String> FAMILIES = List.of("topic", "variant", "abbrev", "concept", "compound", "name",
            "official");

    JudgedSet {
        corpus = List.copyOf(corpus);
        queries = List.copyOf(queries);
    }

    /**
     * One judged query.
     *
     * @param params   the search parameters: {@code q} (when the query has words) and the others of its line
     * @param relevant the relevant remarks, each at most once
     * @param part     the part of the set the query belongs to ({@link #DEVELOPMENT} or the name of the last
     *                 {@code S} line above it), reported apart
     */
    record Query(String id, String family, Map<String, List<String>> params, List<Relevant> relevant, int line,
                 String part) {
        Query {
            params = Map.copyOf(params);
            relevant = List.copyOf(relevant);
        }

        /** The query as a user would read it in the page's address, for reports. */
        String label() {
            StringBuilder out = new StringBuilder();
            params.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.equals("q") ? -1 : b.equals("q")
                    ? 1 : a.compareTo(b))).forEach(e -> out.append(out.isEmpty() ? "" : " ")
                    .append(e.getKey()).append('=').append(String.join(",", e.getValue())));
            return out.toString();
        }
    }

    /** A relevant remark: the file it was loaded from and a piece of its text (normalised with {@link #normalize}). */
    record Relevant(String sourceFile, String snippet, int line) {
    }

    /** How snippets and remark texts are compared: NFKC (width, compatibility forms), no whitespace at all. */
    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Reads the set.
     *
     * @throws IllegalArgumentException naming file and line for a malformed line, an unknown family, a repeated
     *                                  query id or the same relevant remark named twice in one query
     */
    static JudgedSet read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Query> out = new ArrayList<>();
        List<String> corpus = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        String family = null;
        Map<String, List<String>> params = null;
        List<Relevant> relevant = null;
        int queryLine = 0;
        String part = DEVELOPMENT;
        String queryPart = part;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String where = file.getFileName() + ":" + (i + 1);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            switch (f[0]) {
                case "C" -> {
                    if (f.length != 2 || f[1].isBlank() || f[1].contains("..")) {
                        throw new IllegalArgumentException(where + ": a corpus line is C and a record's path under real/");
                    }
                    corpus.add(f[1]);
                }
                case "S" -> {
                    if (f.length != 2 || f[1].isBlank()) {
                        throw new IllegalArgumentException(where + ": a part line is S and the part's name");
                    }
                    part = f[1];
                }
                case "Q" -> {
                    if (id != null) {
                        out.add(query(id, family, params, relevant, queryLine, queryPart, file));
                    }
                    queryPart = part;
                    if (f.length < 4 || f.length > 5) {
                        throw new IllegalArgumentException(where + ": a query line has 4 or 5 columns, not " + f.length);
                    }
                    id = f[1];
                    family = f[2];
                    if (!FAMILIES.contains(family)) {
                        throw new IllegalArgumentException(where + ": unknown family '" + family + "'");
                    }
                    if (!ids.add(id)) {
                        throw new IllegalArgumentException(where + ": query id " + id + " used twice");
                    }
                    params = new LinkedHashMap<>();
                    if (!f[3].isBlank()) {
                        params.put("q", List.of(f[3]));
                    }
                    if (f.length == 5 && !f[4].isBlank()) {
                        for (String p : f[4].split(";")) {
                            int eq = p.indexOf('=');
                            if (eq <= 0) {
                                throw new IllegalArgumentException(where + ": parameter '" + p + "' is not name=value");
                            }
                            params.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
                        }
                    }
                    if (params.isEmpty()) {
                        throw new IllegalArgumentException(where + ": a query without q or other parameters");
                    }
                    relevant = new ArrayList<>();
                    queryLine = i + 1;
                }
                case "R" -> {
                    if (id == null) {
                        throw new IllegalArgumentException(where + ": a relevant remark before any query");
                    }
                    if (f.length != 3 || f[1].isBlank() || normalize(f[2]).length() < 4) {
                        throw new IllegalArgumentException(where + ": a relevant line is R, a file and a snippet of "
                                + "at least 4 characters");
                    }
                    relevant.add(new Relevant(f[1], normalize(f[2]), i + 1));
                }
                default -> throw new IllegalArgumentException(where + ": a line starts with C, S, Q, R or #");
            }
        }
        if (id != null) {
            out.add(query(id, family, params, relevant, queryLine, queryPart, file));
        }
        return new JudgedSet(corpus, out);
    }

    private static Query query(String id, String family, Map<String, List<String>> params, List<Relevant> relevant,
                               int line, String part, Path file) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + ":" + line + ": query " + id + " has no relevant remark");
        }
        return new Query(id, family, params, relevant, line, part);
    }

    /** The parts of the set, in the order they first appear. */
    List<String> parts() {
        return queries.stream().map(Query::part).distinct().toList();
    }

    /** The queries of one part. */
    JudgedSet part(String name) {
        return new JudgedSet(corpus, queries.stream().filter(q -> q.part().equals(name)).toList());
    }

    /** The queries of one family. */
    List<Query> family(String name) {
        return queries.stream().filter(q -> q.family().equals(name)).toList();
    }
}
