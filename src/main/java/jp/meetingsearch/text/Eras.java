package jp.meetingsearch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 和暦 eras of {@code mappings/eras.txt} (the build puts it on the classpath), newest first: the one table that
 * date parsing, fiscal-year names, the corpus generator and the pages use.
 */
public final class Eras {
    /** Where the table is, on the classpath and (as {@code mappings/eras.txt}) in the project. */
    public static final String RESOURCE = "mappings/eras.txt";
    /** Every era, newest first. */
    public static final List<Era> ALL = load();

    private Eras() {
    }

    /**
     * One era.
     *
     * @param letter    the Latin letter it is abbreviated to (R3.12.21)
     * @param square    its square ligature (㍻)
     * @param firstYear the western year of its first year (元年)
     * @param end       its last day; null for the current era
     */
    public record Era(String name, char letter, char square, int firstYear, LocalDate start, LocalDate end) {
    }

    /** The rows of the table text, each era ending the day before the one above it begins. */
    static List<Era> parse(List<String> lines, String source) {
        List<Era> eras = new ArrayList<>();
        LocalDate nextStart = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4 || f[1].length() != 1 || f[2].length() != 1) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": expected NAME<TAB>LETTER<TAB>SQUARE<TAB>"
                        + "FIRST-DAY, got '" + line + "'");
            }
            LocalDate start = LocalDate.parse(f[3]);
            if (nextStart != null && !start.isBefore(nextStart)) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": eras go newest first");
            }
            eras.add(new Era(f[0], f[1].charAt(0), f[2].charAt(0), start.getYear(), start,
                    nextStart == null ? null : nextStart.minusDays(1)));
            nextStart = start;
        }
        return List.copyOf(eras);
    }

    private static List<Era> load() {
        try (InputStream in = Eras.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (the build copies mappings/)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
