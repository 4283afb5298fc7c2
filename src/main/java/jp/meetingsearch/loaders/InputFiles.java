package jp.meetingsearch.loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the loaders' arguments: files as given, folders to their files with the given endings, sorted. */
final class InputFiles {
    private InputFiles() {
    }

    static List<Path> expand(List<Path> inputs, Set<String> endings) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> endings.stream().anyMatch(e ->
                                    p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    /**
     * How documents name the file they came from ({@code source_path}): relative to the working folder when the file
     * lies under it (so a dataset loaded from a checkout names its files the same on every machine), else absolute;
     * normalised either way, so {@code ./a/b.txt} and {@code a/b.txt} are one file.
     */
    static String sourcePath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
