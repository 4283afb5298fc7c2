package jp.meetingsearch.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How much one role (or role group) speaks: remarks, characters (sum of {@code chars}) and distinct meetings.
 * {@code roleGroup} is the group most of a role's remarks carry (absent for a group's own line).
 */
public record RoleStat(String key, @JsonInclude(JsonInclude.Include.NON_NULL) String roleGroup, long remarks,
        long chars, long meetings) {
}
