package jp.meetingsearch.search;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table for spreadsheets: UTF-8 byte order mark first (Excel then reads UTF-8), RFC 4180 quoting, CRLF
 * line ends, and text cells that a spreadsheet would run as a formula (first character {@code = + - @}, tab or
 * carriage return) prefixed with an apostrophe, so that an opened export never executes what a remark says.
 */
public final class CsvTable implements AutoCloseable {
    private final CSVPrinter printer;

    /** Writes the byte order mark and the header row. */
    public CsvTable(Writer out, List<String> header) throws IOException {
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get());
        printer.printRecord(header);
    }

    /** One row; strings are neutralised, numbers and dates written as they are, null as an empty cell. */
    public void row(Object... cells) throws IOException {
        List<Object> out = new ArrayList<>(cells.length);
        for (Object c : cells) {
            out.add(c instanceof String s ? safe(s) : c);
        }
        printer.printRecord(out);
    }

    /** A text cell that cannot start a formula. */
    public static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + s : s;
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
