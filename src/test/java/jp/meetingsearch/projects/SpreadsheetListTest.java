package jp.meetingsearch.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.meetingsearch.text.UnreadableInputException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Project lists published as workbooks (.xlsx, .xls), written here with Apache POI as Excel writes them. */
class SpreadsheetListTest {
    private static final Year LIST_YEAR = Year.of(2026);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aSheetIsReadAsItShows(String ext) throws Exception {
        Path file = write("list." + ext, ext.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new, book -> {
            Sheet s = book.createSheet("協働事業");
            row(s, 0, "令和5年度 協働事業一覧");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            row(s, 2, "年度", "事業名", "担当課", "協働相手", "開始日", "金額");
            row(s, 3, "令和5年度", "花いっぱい運動", "環境課", "花の会");
            row(s, 4, "", "河川清掃", "", "川を守る会");
            row(s, 5, "", "子ども食堂", "福祉課", "食堂ネット");
            s.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
            s.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));
            Cell date = s.getRow(3).createCell(4);
            date.setCellValue(LocalDate.of(2023, 4, 1));
            CellStyle jp = book.createCellStyle();
            jp.setDataFormat(book.createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""));
            date.setCellStyle(jp);
            Cell amount = s.getRow(3).createCell(5);
            amount.setCellValue(1234567);
            CellStyle accounting = book.createCellStyle();
            accounting.setDataFormat(book.createDataFormat().getFormat(
                    "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)"));
            amount.setCellStyle(accounting);
            Cell formula = s.getRow(5).createCell(4);
            formula.setCellFormula("E4+30");
            formula.setCellValue(LocalDate.of(2023, 5, 1));
            formula.setCellStyle(jp);
        });
        ProjectParseResult r = ProjectCsvReader.read(file, null, null, LIST_YEAR);
        assertEquals(List.of("花いっぱい運動", "河川清掃", "子ども食堂"), r.rows().stream().map(ProjectRow::name).toList());
        assertEquals(List.of(2023, 2023, 2023), r.rows().stream().map(ProjectRow::fiscalYear).toList(),
                "a year merged down its column serves every row it covers");
        assertEquals("環境課", r.rows().get(1).department(), "so does a department");
        assertEquals("福祉課", r.rows().get(2).department());
        assertEquals(List.of(4, 5, 6), r.rows().stream().map(ProjectRow::line).toList(), "lines are the sheet's rows");
        assertEquals("2023-04-01", r.rows().get(0).extra().get("開始日"), "a date cell as an ISO date, whatever its format");
        assertEquals("2023-05-01", r.rows().get(2).extra().get("開始日"), "a formula as its computed value");
        assertEquals("1,234,567", r.rows().get(0).extra().get("金額").strip(), "a number in Excel's accounting format");
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertNull(r.charset(), "a workbook has no charset");
    }

    @Test
    void aHeaderOfTwoRowsAndANoteBelowTheList() throws Exception {
        // as the ministries' 様式1 lists are laid out: the header's cells merged down two rows, a label spanning two
        // columns above their own labels, a note in one cell below the rows; line breaks inside names
        Path file = write("two-rows.xlsx", XSSFWorkbook::new, book -> {
            Sheet s = book.createSheet("令和2年度");
            row(s, 0, "補助金等の交付状況");
            row(s, 2, "事業名", "担当課", "協働相手", "公益法人の場合");
            row(s, 3, "", "", "", "公益法人の区分", "認定の区分");
            for (int c = 0; c < 3; c++) {
                s.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            row(s, 4, "経済社\n会実現の調査", "総務課", "公益社団法人\n移動通信基盤整備協会", "公社", "国認定");
            row(s, 5, "※公益法人の区分において、「公社」は公益社団法人を示す。");
        });
        ProjectParseResult r = ProjectCsvReader.read(file, null, null, LIST_YEAR);
        assertEquals(1, r.rows().size(), r.rows().toString());
        ProjectRow p = r.rows().getFirst();
        assertEquals("経済社会実現の調査", p.name(), "no space where a line break cut a Japanese word");
        assertEquals(List.of("公益社団法人移動通信基盤整備協会"), p.partners(), "a legal form on a line of its own");
        assertEquals(2020, p.fiscalYear());
        assertEquals(Map.of("公益法人の区分", "公社", "認定の区分", "国認定"), p.extra(),
                "the second header row names the columns under the label spanning them");
        assertTrue(r.rejections().isEmpty(), r.rejections().toString());
        assertTrue(r.warnings().contains(file + "[令和2年度]:6: a note, not a project: '※公益法人の区分において、「公社」は公益社団法人を示す。'"),
                r.warnings().toString());
    }

    @Test
    void eachSheetIsAListAndItsNameMayGiveTheYear() throws Exception {
        Path file = write("years.xlsx", XSSFWorkbook::new, book -> {
            Sheet r4 = book.createSheet("令和4年度");
            row(r4, 0, "事業名", "担当課");
            row(r4, 1, "花いっぱい運動", "環境課");
            Sheet r5 = book.createSheet("R5");
            row(r5, 0, "事業名", "担当課");
            row(r5, 1, "花いっぱい運動", "環境課");
            row(r5, 2, "", "環境課");
            Sheet note = book.createSheet("記入上の注意");
            row(note, 0, "担当課は正式名称で記入すること");
        });
        ProjectParseResult r = ProjectCsvReader.read(file, null, null, LIST_YEAR);
        assertEquals(List.of(2022, 2023), r.rows().stream().map(ProjectRow::fiscalYear).toList());
        assertEquals(List.of(file + "[R5]:3: missing name: 事業名 is empty"),
                r.rejections().stream().map(Object::toString).toList(), "messages name the sheet and its row");
        assertEquals(List.of(
                file + "[令和4年度]:1: no year column; every row is taken to be in fiscal year 2022 as the sheet's name"
                        + " (令和4年度) says",
                file + "[R5]:1: no year column; every row is taken to be in fiscal year 2023 as the sheet's name (R5)"
                        + " says",
                file + "[記入上の注意]:1: no header row naming the project and another known column in the first 20"
                        + " rows (the first row: 担当課は正式名称で記入すること); sheet passed over"),
                List.of(r.warnings().get(1), r.warnings().get(2), r.warnings().get(0)));
    }

    @Test
    void theSameProjectOnTwoSheetsIsADuplicateNamedWithItsSheet() throws Exception {
        Path file = write("twice.xlsx", XSSFWorkbook::new, book -> {
            for (String name : List.of("一覧", "一覧 (2)")) {
                Sheet s = book.createSheet(name);
                row(s, 0, "年度", "事業名", "担当課");
                row(s, 1, "R5", "花いっぱい運動", "環境課");
            }
        });
        ProjectParseResult r = ProjectCsvReader.read(file, null, null, LIST_YEAR);
        assertEquals(1, r.rows().size());
        assertEquals(List.of(file + "[一覧 (2)]:2: duplicate of " + file + "[一覧] line 2 (same fiscal year, name, "
                + "department and content)"), r.rejections().stream().map(Object::toString).toList());
    }

    @Test
    void aWorkbookWithoutAListOrNotAWorkbookIsRefusedByName() throws Exception {
        Path notes = write("notes.xlsx", XSSFWorkbook::new, book -> row(book.createSheet("メモ"), 0, "メモ", "内容"));
        UnreadableInputException none = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(notes, null, null, LIST_YEAR));
        assertTrue(none.getMessage().startsWith(notes + "[メモ]: no header row naming the project"), none.getMessage());
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        UnreadableInputException bad = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(broken, null, null, LIST_YEAR));
        assertTrue(bad.getMessage().startsWith(broken + ": not readable as a spreadsheet (.xlsx, .xls)"),
                bad.getMessage());
    }

    @Test
    void aWorkbookTooLargeToReadIsRefusedByName() throws Exception {
        Path big = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] block = new byte[1024 * 1024];
            block[0] = 'P';
            block[1] = 'K';
            for (int i = 0; i <= SpreadsheetTables.MAX_WORKBOOK_BYTES / block.length; i++) {
                out.write(block);
            }
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ProjectCsvReader.read(big, null, null, LIST_YEAR));
        assertTrue(e.getMessage().startsWith(big + ": a workbook of 22 MB, more than the 20 MB"), e.getMessage());
    }

    @Test
    void aWorkbookIsKnownByItsBytesWhateverItsName() throws Exception {
        Path file = write("list.dat", XSSFWorkbook::new, book -> {
            Sheet s = book.createSheet("一覧");
            row(s, 0, "年度", "事業名");
            row(s, 1, "2024", "花いっぱい運動");
        });
        ProjectRow row = ProjectCsvReader.read(file, null, null, LIST_YEAR).rows().get(0);
        assertEquals(Map.of(2024, "花いっぱい運動"), Map.of(row.fiscalYear(), row.name()));
    }

    private interface Filler {
        void fill(Workbook book) throws Exception;
    }

    private Path write(String name, Supplier<Workbook> kind, Filler filler) throws Exception {
        Path file = dir.resolve(name);
        try (Workbook book = kind.get(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(book);
            book.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
