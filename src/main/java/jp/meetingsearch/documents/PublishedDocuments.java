package jp.meetingsearch.documents;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jp.meetingsearch.text.TextDecoder;
import jp.meetingsearch.text.UnreadableInputException;

/** Tells a published document by its file name ending and reads it with the matching reader. */
public final class PublishedDocuments {
    private PublishedDocuments() {
    }

    /** The document forms read; the parsers then read their text as they read a text file. */
    public enum Kind { HTML, PDF, DOCX }

    /** The form a file name ends in, if it is a document form. */
    public static Optional<Kind> kindOf(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(Kind.HTML);
        }
        if (n.endsWith(".pdf")) {
            return Optional.of(Kind.PDF);
        }
        if (n.endsWith(".docx")) {
            return Optional.of(Kind.DOCX);
        }
        return Optional.empty();
    }

    /**
     * Reads a document as text; messages name the file as the user gave it.
     *
     * @param forcedOrNull the charset of an HTML page, instead of the one it declares
     */
    public static DocumentText read(Path file, Kind kind, Charset forcedOrNull) throws UnreadableInputException {
        byte[] bytes = TextDecoder.readBytes(file);
        String source = file.toString();
        if (bytes.length == 0) {
            throw new UnreadableInputException(source, 0, "empty file: no text to parse");
        }
        return switch (kind) {
            case HTML -> HtmlText.read(bytes, source, forcedOrNull);
            case PDF -> PdfText.read(bytes, source);
            case DOCX -> DocxText.read(bytes, source);
        };
    }
}
