package jp.meetingsearch.loaders;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;

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

    /**
     * Parses the arguments with picocli ({@code --format summary} and {@code --format=summary} alike);
     * {@code formats} lists the allowed {@code --format} values (empty: no such option). Empty when the arguments
     * asked for {@code --help} or {@code --version}, which are then printed to {@code out}.
     *
     * @throws UsageException for anything the command cannot run with, naming the option or the path
     */
    public static Optional<LoaderOptions> parse(String command, String[] args, Set<String> formats, boolean allowColumns,
                                                PrintStream out) {
        CommandLine cli = new CommandLine(spec(command, formats, allowColumns));
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
        if (parsed.isUsageHelpRequested()) {
            cli.usage(out);
            return Optional.empty();
        }
        if (parsed.isVersionHelpRequested()) {
            cli.printVersionHelp(out);
            return Optional.empty();
        }
        String format = parsed.matchedOptionValue("--format", null);
        if (format != null) {
            format = format.toLowerCase(Locale.ROOT);
            if (!formats.contains(format)) {
                throw new UsageException(command + ": --format must be one of " + formats + ", not " + format);
            }
        }
        String encodingName = parsed.matchedOptionValue("--encoding", null);
        Charset encoding = encodingName == null ? null : charset(command, encodingName);
        String emit = parsed.matchedOptionValue("--emit-ndjson", null);
        String columnsName = parsed.matchedOptionValue("--columns", null);
        Path columns = columnsName == null ? null : Path.of(columnsName);
        if (columns != null && !Files.isRegularFile(columns)) {
            throw new UsageException(command + ": --columns " + columns + ": no such file");
        }
        List<Path> inputs = new ArrayList<>();
        List<String> given = parsed.matchedPositionalValue(0, List.<String>of());
        for (String a : given) {
            Path p = Path.of(a);
            if (!Files.exists(p)) {
                throw new UsageException(command + ": " + a + ": no such file or folder");
            }
            inputs.add(p);
        }
        if (inputs.isEmpty()) {
            throw new UsageException(command + ": give at least one file or folder");
        }
        return Optional.of(new LoaderOptions(List.copyOf(inputs), format, encoding, parsed.hasMatchedOption("--dry-run"),
                emit == null ? null : Path.of(emit), columns, parsed.hasMatchedOption("--no-replicas")));
    }

    /** The command's options, as {@code --help} lists them. */
    private static CommandLine.Model.CommandSpec spec(String command, Set<String> formats, boolean allowColumns) {
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(command)
                .mixinStandardHelpOptions(true).version("meeting-search " + VERSION);
        boolean lists = formats.isEmpty();
        spec.usageMessage().description(lists
                ? "Loads project lists (CSV or TSV files, Excel workbooks .xlsx/.xls, or folders of them) into the "
                        + "projects index."
                : "Loads meeting minutes (text, saved web pages, PDF, Word, speech-record JSON; CSV/TSV with "
                        + "--columns; or folders of them) into the remarks and meetings indices.")
                .footer("", "Exit codes: 0 all loaded, 1 some input rejected (the rest loaded), 2 usage error, "
                        + "3 Elasticsearch unreachable.", "Configuration: the environment variables of the README "
                        + "(ES_URL, INDEX_PREFIX …).");
        spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().paramLabel(allowColumns ? "FILE" : "PATH")
                .arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .description("files and folders to load").build());
        if (!formats.isEmpty()) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class)
                    .description("the minutes format, instead of detecting it: " + String.join(", ", new java.util.TreeSet<>(formats)))
                    .build());
        }
        if (allowColumns) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("--columns").paramLabel("MAPPING").type(String.class)
                    .description(lists ? "a column mapping file for another city's column names (see loaders/columns/)"
                            : "a field mapping for speech records in other JSON or CSV shapes (see loaders/speeches/)")
                    .build());
        }
        spec.addOption(CommandLine.Model.OptionSpec.builder("--encoding").paramLabel("ENCODING").type(String.class)
                .description("utf-8 or cp932, instead of detecting it").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("--dry-run").type(boolean.class)
                .description("parse and report only; write nothing to Elasticsearch").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("--emit-ndjson").paramLabel("FILE").type(String.class)
                .description("write the exact _bulk request bodies to FILE").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("--no-replicas").type(boolean.class)
                .description("write without replicas and give the indices their INDEX_REPLICAS again at the end")
                .build());
        return spec;
    }

    /** The build's version (the jar's Implementation-Version), or "development" when run from classes. */
    private static final String VERSION = java.util.Objects.requireNonNullElse(
            LoaderOptions.class.getPackage().getImplementationVersion(), "development");

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
