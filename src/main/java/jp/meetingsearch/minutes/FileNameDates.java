package jp.meetingsearch.minutes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting date a file name gives, for records whose text has none (a saved page of one speech): minutes
 * systems and publishers name files by the day, with the era letter (R050425B03.txt, r061225, H311225) or the
 * western date (20241225, 2024-12-25).
 */
final class FileNameDates {
    private FileNameDates() {
    }

    private static final Pattern ERA = Pattern.compile("(?i)(?<![a-z0-9])([rhs])([0-9]{2})([0-9]{2})([0-9]{2})(?![0-9])");
    private static final Pattern WESTERN = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[-_.]?([0-9]{2})[-_.]?([0-9]{2})(?![0-9])");

    /** The date in the file name, if it holds exactly one that exists. */
    static Optional<LocalDate> of(String fileName) {
        Matcher e = ERA.matcher(fileName);
        if (e.find()) {
            int yy = Integer.parseInt(e.group(2));
            int year = switch (Character.toLowerCase(e.group(1).charAt(0))) {
                case 'r' -> 2018 + yy;
                case 'h' -> 1988 + yy;
                default -> 1925 + yy;
            };
            Optional<LocalDate> d = date(year, e.group(3), e.group(4));
            if (d.isPresent() && !e.find()) {
                return d;
            }
            return Optional.empty();
        }
        Matcher w = WESTERN.matcher(fileName);
        if (w.find()) {
            Optional<LocalDate> d = date(Integer.parseInt(w.group(1)), w.group(2), w.group(3));
            return w.find() ? Optional.empty() : d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
