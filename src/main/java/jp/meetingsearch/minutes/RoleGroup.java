package jp.meetingsearch.minutes;

import java.util.List;
import java.util.Optional;

/**
 * The group of a speaker's role, as stored in {@code role_group}, named by the rules of {@code loaders/roles.txt} and
 * given in requests. The order is the order of answers: the chair's side first, then members, then the city's side.
 */
public enum RoleGroup implements LowerCaseValue {
    CHAIR, VICE_CHAIR, MEMBER, EXECUTIVE, SECRETARIAT, OTHER;

    private static final List<String> VALUES = LowerCaseValue.values(RoleGroup.class);

    /** The written form, so that messages and listings read as the stored value. */
    @Override
    public String toString() {
        return value();
    }

    /** The group written so, if there is one. */
    public static Optional<RoleGroup> of(String value) {
        return LowerCaseValue.parse(RoleGroup.class, value);
    }

    /** chair, vice_chair, member, executive, secretariat, other: every written form in the order of answers. */
    public static List<String> allValues() {
        return VALUES;
    }

    /** Position in the order of answers; a value that is no group comes last. */
    public static int rank(String value) {
        return of(value).map(Enum::ordinal).orElse(VALUES.size());
    }
}
