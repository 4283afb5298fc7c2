package jp.meetingsearch.projects;

/** A row that cannot become a project; the message is the reason. */
final class RejectedRow extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedRow(String reason) {
        super(reason, null, false, false);
    }
}
