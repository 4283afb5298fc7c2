package jp.meetingsearch.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A small CSV answer built in memory: UTF-8 with a BOM (so that Excel reads Japanese text), CRLF line ends, and
 * text cells that a spreadsheet would run as a formula (starting with = + - @ or a tab or CR) prefixed with an
 * apostrophe. Numbers are written as they are.
 */
final class CsvAnswer {
    private static final String BOM = "\uFEFF";
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    CsvAnswer(String... header) {
        this.header = List.of(header);
    }

    CsvAnswer(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds one row; a cell is a {@link Number}, text, or null (empty cell). */
    CsvAnswer row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    /** Adds one row from a list of cells. */
    CsvAnswer row(List<?> cells) {
        rows.add(new ArrayList<>(cells));
        return this;
    }

    /** The whole file, BOM first. */
    String render() {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            p.printRecord(header.stream().map(CsvAnswer::cell).toList());
            for (List<Object> r : rows) {
                p.printRecord(r.stream().map(CsvAnswer::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Sends the file as a download named {@code filename}. */
    void send(Context ctx, String filename) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.result(render());
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return neutralise(v.toString());
    }

    /** A text cell a spreadsheet would not evaluate. */
    static String neutralise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean formulaLike = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
        return formulaLike ? "'" + s : s;
    }
}
