package jp.meetingsearch;

/** Command-line entry point: {@code serve}, {@code load-minutes}, {@code load-projects}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("usage: meeting-search serve | load-minutes PATH... | load-projects FILE...");
        System.exit(2);
    }
}
