package jp.meetingsearch.corpus;

import java.util.List;

/**
 * One planned speaker turn before its length is drawn: procedural turns (opening, nominating the next speaker)
 * carry their own short text; brief turns are a sentence or two from a pool (a chair's aside); speeches are
 * written from a sentence pool to a sampled length.
 * {@code before} and {@code after} are the non-speech lines printed around it (agenda markers, times, 〔…〕).
 */
record Turn(Speaker speaker, Kind kind, String fixedText, SentencePool pool, String theme, String opener,
        String closer, List<String> before, List<String> after, boolean inferred) {

    enum Kind { PROCEDURE, NOMINATION, BRIEF, SPEECH }

    static Turn procedure(Speaker speaker, String text) {
        return new Turn(speaker, Kind.PROCEDURE, text, null, null, null, null, List.of(), List.of(), false);
    }

    static Turn nomination(Speaker speaker, String text) {
        return new Turn(speaker, Kind.NOMINATION, text, null, null, null, null, List.of(), List.of(), false);
    }

    static Turn speech(Speaker speaker, SentencePool pool, String theme, String opener, String closer) {
        return new Turn(speaker, Kind.SPEECH, null, pool, theme, opener, closer, List.of(), List.of(), false);
    }

    static Turn brief(Speaker speaker, SentencePool pool, String theme) {
        return new Turn(speaker, Kind.BRIEF, null, pool, theme, null, null, List.of(), List.of(), false);
    }

    Turn unmarked() {
        return new Turn(speaker, kind, fixedText, pool, theme, opener, closer, before, after, true);
    }

    Turn withBefore(List<String> lines) {
        return new Turn(speaker, kind, fixedText, pool, theme, opener, closer, lines, after, inferred);
    }

    Turn withAfter(List<String> lines) {
        return new Turn(speaker, kind, fixedText, pool, theme, opener, closer, before, lines, inferred);
    }
}
