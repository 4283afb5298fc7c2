package jp.meetingsearch.speeches;

/** A speech-record file that cannot be read as one; the message names the file and says why. */
public class SpeechRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public SpeechRecordException(String message) {
        super(message);
    }

    public SpeechRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
