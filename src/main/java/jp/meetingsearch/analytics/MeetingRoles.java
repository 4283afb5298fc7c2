package jp.meetingsearch.analytics;

import java.util.List;

/** One meeting's remarks and characters, split by role; the meetings field of each role line is 1. */
public record MeetingRoles(String meetingId, String title, String date, long remarks, long chars,
        List<RoleStat> roles) {
    public MeetingRoles {
        roles = List.copyOf(roles);
    }
}
