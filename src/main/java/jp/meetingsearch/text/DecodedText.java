package jp.meetingsearch.text;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Text decoded from a file, with the charset it was read as.
 *
 * @param text     the text without byte order marks; line ends as in the file
 * @param charset  the charset the bytes were decoded with
 * @param hadBom   whether the file started with a byte order mark
 * @param warnings what was repaired or looks odd, each as "file:line: message"
 */
public record DecodedText(String text, Charset charset, boolean hadBom, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
