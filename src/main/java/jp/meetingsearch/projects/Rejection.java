package jp.meetingsearch.projects;

/** A row left out, with where it is and why. */
public record Rejection(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
