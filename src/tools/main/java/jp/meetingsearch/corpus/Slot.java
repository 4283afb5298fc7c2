package jp.meetingsearch.corpus;

import java.time.LocalDate;

/**
 * Where and when one generated meeting takes place, drawn first from the meeting's own random stream, and that
 * stream, which then writes the meeting's text.
 *
 * @param kind the writer's choice of body: a summary body's index, or plenary (0) / committee (1) for records
 */
record Slot(SeededRandom random, int city, int kind, int fiscalYear, int session, LocalDate date) {

    /** The stream of meeting {@code index}; a later attempt gets another one. */
    static SeededRandom stream(long seed, int index, int attempt) {
        return attempt == 0 ? SeededRandom.fork(seed, index) : SeededRandom.fork(seed, index, -attempt);
    }

    /** No city holds two generated meetings on one day, so no two files describe the same meeting. */
    String day() {
        return city + "|" + date;
    }
}
