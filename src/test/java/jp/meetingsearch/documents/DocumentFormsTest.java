package jp.meetingsearch.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.meetingsearch.minutes.Minutes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import jp.meetingsearch.minutes.MinutesParseException;
import jp.meetingsearch.minutes.ParsedFile;
import jp.meetingsearch.minutes.ParsedMinutes;
import jp.meetingsearch.minutes.Remark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record published as a web page, a PDF or a Word document loads with the same meeting and the same remarks
 * (speaker, role, role group, text) as its text: every real record under src/test/resources/real with a .txt and
 * another form of the same name (made as its family's SOURCES.md says) is compared.
 */
class DocumentFormsTest {
    private static final Path REAL = Path.of(System.getProperty("project.basedir", "."), "src/test/resources/real");

    static Stream<Path> otherForms() throws IOException {
        try (Stream<Path> files = Files.walk(REAL)) {
            List<Path> out = new ArrayList<>();
            files.filter(p -> p.toString().matches(".*\\.(html|htm|pdf|docx)$"))
                    .filter(p -> Files.exists(twin(p)))
                    .sorted()
                    .forEach(out::add);
            assertFalse(out.isEmpty(), "no record has its text and another form");
            return out.stream();
        }
    }

    private static Path twin(Path form) {
        return form.resolveSibling(form.getFileName().toString().replaceFirst("\\.[a-z]+$", ".txt"));
    }

    @ParameterizedTest
    @MethodSource("otherForms")
    void loadsWithTheRemarksOfItsText(Path form) throws MinutesParseException {
        ParsedMinutes text = only(Minutes.read(twin(form), "text", null, null, null));
        ParsedMinutes other = only(Minutes.read(form, "form", null, null, null));
        assertEquals(turns(text), turns(other), form.getFileName().toString());
        assertEquals(text.meeting().date(), other.meeting().date());
        assertEquals(text.meeting().body(), other.meeting().body());
        assertEquals(text.meeting().title(), other.meeting().title());
    }

    @ParameterizedTest
    @MethodSource("otherForms")
    void aPdfKeepsThePageOfEachRemarkAndLosesItsPageNumbers(Path form) throws Exception {
        if (!form.toString().endsWith(".pdf")) {
            return;
        }
        ParsedMinutes pdf = only(Minutes.read(form, "form", null, null, null));
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(form.toFile())) {
            // each page's text as PDFBox's plain extraction gives it: the remark must start on the page it names
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper plain = new PDFTextStripper();
                plain.setStartPage(p);
                plain.setEndPage(p);
                pages.add(plain.getText(doc).replaceAll("\\s", ""));
            }
        }
        int last = 1;
        for (Remark r : pdf.remarks()) {
            Integer page = r.source().page();
            assertNotNull(page, r.id());
            assertTrue(page >= last, "pages go forward: " + r.id() + " on page " + page + " after " + last);
            last = page;
            String start = r.text().replaceAll("\\s", "");
            start = start.substring(0, Math.min(6, start.length()));
            assertTrue(pages.get(page - 1).contains(start), r.id() + " '" + start + "' is not on page " + page);
            assertFalse(r.text().matches("(?s).*－\\s*\\d+\\s*－.*"), "a page number left in " + r.id());
        }
        assertEquals(pages.size(), last, "the last remark is on the last page");
    }

    @ParameterizedTest
    @MethodSource("otherForms")
    void onlyAPdfHasPages(Path form) throws MinutesParseException {
        if (form.toString().endsWith(".pdf")) {
            return;
        }
        ParsedMinutes other = only(Minutes.read(form, "form", null, null, null));
        other.remarks().forEach(r -> assertNull(r.source().page(), r.id()));
        other.remarks().forEach(r -> assertEquals("form", r.source().file()));
    }

    private static ParsedMinutes only(ParsedFile<ParsedMinutes> f) {
        assertEquals(1, f.meetings().size(), f.form());
        return f.meetings().getFirst();
    }

    /** What a reader compares: who, in which group, saying what. */
    private static List<String> turns(ParsedMinutes m) {
        List<String> out = new ArrayList<>();
        for (Remark r : m.remarks()) {
            out.add(r.speaker() + " | " + r.role() + " | " + r.roleGroup() + " | " + r.text());
        }
        return out;
    }
}
