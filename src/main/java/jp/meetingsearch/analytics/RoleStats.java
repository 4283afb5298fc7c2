package jp.meetingsearch.analytics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code /api/roles}: per role (as written) and per role group, with the totals under the filter.
 * {@code perMeeting} is present only when asked for ({@code per=meeting}), in meeting date order;
 * {@code otherMeetings} counts meetings left out by its limit.
 */
public record RoleStats(List<RoleStat> roles, List<RoleStat> roleGroups, long total, long chars, long meetings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<MeetingRoles> perMeeting,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long otherMeetings) {
}
