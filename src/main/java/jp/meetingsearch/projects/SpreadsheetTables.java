package jp.meetingsearch.projects;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.meetingsearch.projects.CsvRecords.Rec;
import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sheets of a workbook (Excel {@code .xlsx}, {@code .xlsm}, or the older {@code .xls}), each as the records a
 * list's text gives, so a list published as a spreadsheet is read as its CSV export would be, with three
 * differences that read it as it shows: a cell holds what the sheet displays (a formula's last computed value, a
 * number as formatted), a date cell is written as an ISO date (2023-04-01) whatever its display format, and a cell
 * merged down a column (a department or a year over several projects) gives its value to every row it covers. A
 * record's line is the sheet's row number, as Excel shows it.
 */
final class SpreadsheetTables {
    private SpreadsheetTables() {
    }

    /** The largest workbook read: lists are far smaller, and a workbook's cells are read into memory. */
    static final int MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

    /** One sheet: its name and its non-blank rows. */
    record Table(String sheet, List<Rec> records) {
    }

    /** Whether the file is a workbook: by its name, or by its first bytes (a zip package, or an OLE2 file). */
    static boolean isSpreadsheet(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return true;
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (IOException e) {
            return false;
        }
    }

    /** The sheets of the workbook, in their order; {@code file} names it in messages. */
    static List<Table> read(Path file, String fileLabel) throws UnreadableInputException {
        byte[] bytes = TextDecoder.readBytes(file);
        if (bytes.length > MAX_WORKBOOK_BYTES) {
            // a workbook is read whole, and its cells take many times the file's size in memory
            throw new UnreadableInputException(fileLabel, 0, String.format(Locale.ROOT, "a workbook of %.0f MB, more "
                    + "than the %d MB a list may have as a workbook: save its sheets as CSV", bytes.length / 1e6,
                    MAX_WORKBOOK_BYTES / (1024 * 1024)));
        }
        List<Table> tables = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter(Locale.JAPAN);
            shown.setUseCachedValuesForFormulaCells(true);
            for (Sheet sheet : book) {
                tables.add(new Table(sheet.getSheetName(), records(sheet, shown)));
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableInputException(fileLabel, 0, "the workbook is protected by a password; save it "
                    + "without one to load it", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with unchecked exceptions of its own
            throw new UnreadableInputException(fileLabel, 0, "not readable as a spreadsheet (.xlsx, .xls): "
                    + e.getMessage(), e);
        }
        return tables;
    }

    private static List<Rec> records(Sheet sheet, DataFormatter shown) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        List<CellRangeAddress> downColumn = sheet.getMergedRegions().stream()
                .filter(r -> r.getFirstColumn() == r.getLastColumn() && r.getLastRow() > r.getFirstRow())
                .toList();
        List<Rec> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(text(row.getCell(c), shown));
            }
            for (CellRangeAddress merged : downColumn) {
                int r = row.getRowNum();
                if (r > merged.getFirstRow() && r <= merged.getLastRow()) {
                    Row top = sheet.getRow(merged.getFirstRow());
                    cells.set(merged.getFirstColumn(), top == null ? ""
                            : text(top.getCell(merged.getFirstColumn()), shown));
                }
            }
            Rec rec = new Rec(cells, row.getRowNum() + 1);
            if (!rec.isBlank()) {
                out.add(rec);
            }
        }
        return out;
    }

    /** Excel's built-in date formats of a Japanese locale (年月日, 和暦: ge.m.d, ggge年m月d日 …). */
    private static final java.util.Set<Integer> JAPANESE_DATE_FORMATS = java.util.Set.of(
            27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58);

    /**
     * A date shown in a Japanese era or with 年月日 literals ({@code [$-ja-JP]ggge"年"m"月"d"日"}), which POI does not
     * take for a date format: era codes (g, e) or the literals beside month and day codes.
     */
    private static boolean isJapaneseDateFormat(Cell cell) {
        if (JAPANESE_DATE_FORMATS.contains((int) cell.getCellStyle().getDataFormat())) {
            return true;
        }
        String f = cell.getCellStyle().getDataFormatString();
        if (f == null) {
            return false;
        }
        boolean literals = f.contains("年") || f.contains("月") || f.contains("日");
        String codes = f.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        boolean era = codes.matches(".*(g|e).*") && codes.matches(".*[md].*");
        return era || literals && codes.matches(".*[ymd].*") && !codes.matches(".*[0#?].*");
    }

    /** What the cell shows; a date as an ISO date; empty for no cell. */
    private static String text(Cell cell, DataFormatter shown) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && (DateUtil.isCellDateFormatted(cell) || isJapaneseDateFormat(cell))) {
            LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
            return d.toString();
        }
        try {
            return shown.formatCellValue(cell);
        } catch (RuntimeException e) {
            // a display format POI cannot apply: the value as stored, which is what the cell holds
            return type == CellType.NUMERIC ? org.apache.poi.ss.util.NumberToTextConverter.toText(
                    cell.getNumericCellValue()) : type == CellType.STRING ? cell.getStringCellValue() : "";
        }
    }
}
