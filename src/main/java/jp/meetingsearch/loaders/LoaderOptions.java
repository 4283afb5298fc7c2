package jp.meetingsearch.loaders;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options both loaders take.
 *
 * @param inputs     files and folders, as given
 * @param format     minutes format to force ({@code summary}, {@code verbatim}), or null to detect
 * @param encoding   encoding to force, or null to detect (UTF-8 with or without BOM, CP932)
 * @param dryRun     parse and report only; nothing is written to Elasticsearch
 * @param emitNdjson write the exact bulk request bodies to this file, or null
 * @param columns    column mapping file for project lists, or null
 * @param noReplicas write without replicas and give the indices their {@code INDEX_REPLICAS} again at the end
 */
public record LoaderOptions(List<Path> inputs, String format, Charset encoding, boolean dryRun, Path emitNdjson,
                            Path columns, boolean noReplicas) {

    /** Parses the arguments; {@code formats} lists the allowed {@code --format} values (empty: not allowed). */
    public static LoaderOptions parse(String command, String[] args, Set<String> formats, boolean allowColumns) {
        List<Path> inputs = new ArrayList<>();
        String format = null;
        Charset encoding = null;
        boolean dryRun = false;
        Path emit = null;
        Path columns = null;
        boolean noReplicas = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--format" -> {
                    format = value(command, args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!formats.contains(format)) {
                        throw new UsageException(command + ": --format must be one of " + formats + ", not " + format);
                    }
                }
                case "--encoding" -> encoding = charset(command, value(command, args, ++i, a));
                case "--dry-run" -> dryRun = true;
                case "--no-replicas" -> noReplicas = true;
                case "--emit-ndjson" -> emit = Path.of(value(command, args, ++i, a));
                case "--columns" -> {
                    if (!allowColumns) {
                        throw new UsageException(command + ": unknown option --columns");
                    }
                    columns = Path.of(value(command, args, ++i, a));
                    if (!Files.isRegularFile(columns)) {
                        throw new UsageException(command + ": --columns " + columns + ": no such file");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException(command + ": unknown option " + a);
                    }
                    Path p = Path.of(a);
                    if (!Files.exists(p)) {
                        throw new UsageException(command + ": " + a + ": no such file or folder");
                    }
                    inputs.add(p);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException(command + ": give at least one file or folder");
        }
        return new LoaderOptions(List.copyOf(inputs), format, encoding, dryRun, emit, columns, noReplicas);
    }

    private static String value(String command, String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(command + ": " + option + " needs a value");
        }
        return args[i];
    }

    private static Charset charset(String command, String name) {
        String n = name.equalsIgnoreCase("cp932") || name.equalsIgnoreCase("sjis") || name.equalsIgnoreCase("shift_jis")
                ? "windows-31j" : name;
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException(command + ": --encoding " + name + " is not an encoding this Java knows "
                    + "(use utf-8 or cp932)");
        }
    }
}
