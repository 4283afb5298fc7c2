package jp.meetingsearch.http;

/** The JSON body of every error answer: a stable code and a sentence for people. */
public record ApiError(String error, String message) {
}
