package jp.meetingsearch.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.elasticsearch.EsConnection;
import jp.meetingsearch.json.Json;
import org.junit.jupiter.api.Test;

/** The loaders' command line as a user types it: help, version, both option spellings, exit codes. */
class LoaderCommandLineTest {
    private static final Path SUMMARY = Path.of(System.getProperty("project.basedir", "."),
            "loaders/sample/minutes/minato-kyodo-r03-4.txt");
    private static final Path LIST = Path.of(System.getProperty("project.basedir", "."),
            "loaders/sample/projects/kyodo-jigyo.csv");

    private record Run(int code, String out, String err) {
    }

    /** One of the two loader entry points. */
    private interface Command {
        int run(String[] args, AppConfig cfg, ObjectMapper mapper, PrintStream out, PrintStream err, EsConnection es);
    }

    private static Run run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, AppConfig.from(Map.of()), Json.newMapper(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run minutes(String... args) {
        return run(Loaders::loadMinutes, args);
    }

    private static Run projects(String... args) {
        return run(Loaders::loadProjects, args);
    }

    @Test
    void helpAndVersionPrintAndExitZero() {
        Run help = minutes("--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Usage: load-minutes") && help.out().contains("--format=FORMAT")
                && help.out().contains("--dry-run") && help.out().contains("3 Elasticsearch unreachable"), help.out());
        Run projectsHelp = projects("-h");
        assertEquals(0, projectsHelp.code());
        assertTrue(projectsHelp.out().contains("--columns=MAPPING") && !projectsHelp.out().contains("--format"));
        Run version = minutes("--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("meeting-search "), version.out());
        assertEquals(0, projects("-V").code());
    }

    @Test
    void bothSpellingsOfAnOptionValue() {
        Run equals = minutes("--format=summary", "--dry-run", SUMMARY.toString());
        Run spaced = minutes("--format", "summary", "--dry-run", SUMMARY.toString());
        assertEquals(0, equals.code(), equals.err());
        assertEquals(0, spaced.code(), spaced.err());
        assertEquals(spaced.out(), equals.out());
        assertEquals(0, projects("--encoding=utf-8", "--dry-run", LIST.toString()).code());
    }

    @Test
    void usageErrorsExitTwoAndSayWhy() {
        Run unknown = minutes("--frmat", "summary", SUMMARY.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--frmat"), unknown.err());
        Run badFormat = minutes("--format=minutes", SUMMARY.toString());
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("--format must be one of"), badFormat.err());
        assertEquals(2, minutes("--dry-run").code(), "no input");
        assertTrue(minutes("no-such-file.txt").err().contains("no-such-file.txt: no such file or folder"));
        assertEquals(2, projects("--format=summary", LIST.toString()).code(), "project lists have no --format");
        assertEquals(2, minutes("--emit-ndjson").code(), "an option without its value");
        Run noFolder = projects("--dry-run", "--emit-ndjson", "no-such-folder/out.ndjson", LIST.toString());
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("cannot write no-such-folder/out.ndjson: its folder does not exist"),
                noFolder.err());
    }

    @Test
    void aFoldersScriptsAreNotPickedButANamedScriptIsRead(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path real = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/real/export");
        java.nio.file.Files.copy(real.resolve("shinagawa-honkaigi-h131207.js"), dir.resolve("h13-20011207.js"));
        java.nio.file.Files.writeString(dir.resolve("app.js"), "document.addEventListener('load', () => {});\n");
        String mapping = real.resolve("shinagawa.speeches").toString();
        Run folder = minutes("--dry-run", "--columns", mapping, dir.toString());
        assertTrue(folder.err().contains("no input files found"), "a site's scripts are not picked from a folder: "
                + folder.out() + folder.err());
        Run named = minutes("--dry-run", "--columns", mapping, dir.resolve("h13-20011207.js").toString());
        assertEquals(0, named.code(), named.out() + named.err());
        assertTrue(named.out().contains("remarks 43"), named.out());
    }
}
