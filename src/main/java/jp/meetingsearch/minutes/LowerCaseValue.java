package jp.meetingsearch.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** An enum stored, written in files and given in requests as its name in lower case (vice_chair, summary). */
public interface LowerCaseValue {

    /** The enum constant's name. */
    String name();

    /** The stored and written form. */
    @JsonValue
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} written so (exactly, lower case), if there is one. */
    static <E extends Enum<E> & LowerCaseValue> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(value)).findFirst();
    }

    /** Every written form of {@code type}, in declaration order. */
    static <E extends Enum<E> & LowerCaseValue> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LowerCaseValue::value).toList();
    }
}
