package jp.meetingsearch.loaders;

import java.io.PrintStream;

/** A one-line progress bar on the terminal; silent when the output is not a terminal (logs, CI). */
final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final int total;
    private final long started = System.nanoTime();
    private int lastWidth;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    void update(int done, String current) {
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double secs = (System.nanoTime() - started) / 1e9;
        String line = String.format("\r[%s%s] %d/%d files  %.0fs  %s", "#".repeat(filled), " ".repeat(width - filled),
                done, total, secs, current.length() > 40 ? "…" + current.substring(current.length() - 39) : current);
        out.print(line + " ".repeat(Math.max(0, lastWidth - line.length())));
        lastWidth = line.length();
        out.flush();
    }

    void finish() {
        if (enabled) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
        }
    }
}
