package jp.meetingsearch.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.meetingsearch.text.UnreadableInputException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of minutes published as a Word document (.docx): each paragraph of the body is a line (line breaks
 * inside it too), each table row one line of its cells separated by tabs, as in a saved web page. Page headers
 * and footers are not part of the body and stay out; a Word document has no fixed pages, so no page is kept.
 */
public final class DocxText {
    private DocxText() {
    }

    /** Reads a .docx; a file that is not one (an old binary .doc renamed, a damaged zip) is refused. */
    public static DocumentText read(byte[] bytes, String source) throws UnreadableInputException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement e : doc.getBodyElements()) {
                body(e, lines);
            }
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableInputException(source, 0, "not a Word .docx file (an old .doc? save it as .docx)", e);
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            throw new UnreadableInputException(source, 0, "not a readable Word document: " + e.getMessage(), e);
        }
        return new DocumentText(String.join("\n", lines), null, List.of(), List.of());
    }

    private static void body(IBodyElement e, List<String> lines) {
        if (e instanceof XWPFParagraph p) {
            lines.addAll(List.of(p.getText().replace("\r", "").split("\n", -1)));
        } else if (e instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                lines.addAll(List.of(row(row).split("\n", -1)));
            }
        } else if (e instanceof XWPFSDT sdt) {
            lines.addAll(List.of(sdt.getContent().getText().split("\n", -1)));
        }
    }

    /** A table row as the HTML reader writes one: cells separated by tabs, a cell's own lines kept as lines. */
    private static String row(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> paragraphs = new ArrayList<>();
            cell.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
            cells.add(String.join("\n", paragraphs).strip());
        }
        return String.join("\t", cells);
    }
}
