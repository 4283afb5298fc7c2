package jp.meetingsearch.minutes;

/** A member present at a meeting, with the role the attendance list gives (会長, 委員, 3番) and its group. */
public record Attendee(String name, String role, RoleGroup roleGroup) {
}
