package jp.meetingsearch.corpus;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jp.meetingsearch.minutes.MinutesFormat;

/** Command-line options of {@link MinutesGenerator}: total remarks, seed, output folder, formats. */
public record GeneratorOptions(int remarks, long seed, Path out, Set<MinutesFormat> formats) {
    public static final String USAGE =
            "usage: MinutesGenerator --out DIR [--remarks N (1000)] [--seed S (1)] [--format summary|verbatim|both]";

    public GeneratorOptions {
        if (remarks < 1) {
            throw new IllegalArgumentException("--remarks must be at least 1, got " + remarks);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("--format names no format");
        }
        formats = Set.copyOf(formats);
    }

    /** Parses {@code --name value} pairs; a bad or missing value is an {@link IllegalArgumentException}. */
    public static GeneratorOptions parse(String... args) {
        int remarks = 1000;
        long seed = 1;
        Path out = null;
        Set<MinutesFormat> formats = EnumSet.allOf(MinutesFormat.class);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[i + 1];
            switch (name) {
                case "--remarks" -> remarks = number(name, value, Integer.MAX_VALUE).intValue();
                case "--seed" -> seed = number(name, value, Long.MAX_VALUE);
                case "--out" -> out = Path.of(value);
                case "--format" -> formats = switch (value.toLowerCase(Locale.ROOT)) {
                    case "summary" -> EnumSet.of(MinutesFormat.SUMMARY);
                    case "verbatim" -> EnumSet.of(MinutesFormat.VERBATIM);
                    case "both" -> EnumSet.allOf(MinutesFormat.class);
                    default -> throw new IllegalArgumentException(
                            "--format must be summary, verbatim or both, got " + value);
                };
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new GeneratorOptions(remarks, seed, out, formats);
    }

    /** "summary", "verbatim" or "both", as given on the command line. */
    public String formatName() {
        return formats.size() > 1 ? "both" : formats.iterator().next().value();
    }

    private static Long number(String name, String value, long max) {
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n > max) {
                throw new IllegalArgumentException(name + " is too large: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value, e);
        }
    }
}
