package jp.meetingsearch.speeches;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.meetingsearch.minutes.Remark;

/**
 * The per-turn expectations of a real record ({@code *.turns.tsv}, format in src/test/resources/real/README.md)
 * and the same columns of parsed remarks, for comparing the two.
 */
public record Turns(Map<String, String> meeting, List<Turn> turns) {

    /** One turn: the columns of the expectation file. */
    public record Turn(String speaker, String role, String roleGroup, String group, String seat, String first,
                       String last) {
        /** What a test compares: speaker, role, 会派 and the text's ends, width-folded. */
        public String compared() {
            return String.join(" | ", nz(speaker), nz(role), nz(group), fold(first), fold(last));
        }
    }

    /** Reads an expectation file. */
    public static Turns read(Path tsv) throws IOException {
        Map<String, String> meeting = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#@")) {
                String[] kv = line.substring(2).strip().split("\t", 2);
                meeting.put(kv[0].strip(), kv.length > 1 ? kv[1] : "");
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            turns.add(new Turn(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return new Turns(meeting, turns);
    }

    /** A parsed remark in the expectation's columns. */
    public static Turn of(Remark r) {
        String t = fold(r.text());
        return new Turn(nz(r.speaker()), nz(r.role()), r.roleGroup() == null ? "" : r.roleGroup().value(), nz(r.group()), "",
                t.substring(0, Math.min(8, t.length())), t.substring(Math.max(0, t.length() - 8)));
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
