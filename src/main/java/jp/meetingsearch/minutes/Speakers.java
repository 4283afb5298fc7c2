package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who speaks, from a role marker or speaker line: 会長, 山田委員, 議長（山田太郎君）, ３番（高木直良君）, （北野　実議員）. */
final class Speakers {
    private Speakers() {
    }

    private static final Pattern HONORIFIC = Pattern.compile("(君|氏|様|さん|殿)$");
    private static final Pattern MEMBER_SUFFIX = Pattern.compile("^(.+?)(議員|委員)$");
    private static final Pattern HEAD_WITH_NAME = Pattern.compile("^(.*?)[（(]([^（）()]+)[）)]$");

    /** Resolves "role（name）" or "role" or "name+role" as a marker writes it. */
    static RoleTable.Match resolve(String written, RoleTable roles) {
        Matcher m = HEAD_WITH_NAME.matcher(Cleaning.strip(written));
        if (m.matches()) {
            return resolve(m.group(1), m.group(2), roles);
        }
        return resolve(written, null, roles);
    }

    /** Resolves a role head and a bracketed name, either of which may be empty. */
    static RoleTable.Match resolve(String head, String bracketName, RoleTable roles) {
        String h = head == null ? "" : RoleTable.fold(head);
        String name = null;
        String roleFromName = null;
        if (bracketName != null) {
            name = HONORIFIC.matcher(Cleaning.despace(Width.normalize(bracketName))).replaceAll("");
            Matcher member = MEMBER_SUFFIX.matcher(name);
            if (member.matches()) {
                name = member.group(1);
                roleFromName = member.group(2);
            }
            if (name.isEmpty()) {
                name = null;
            }
        }
        if (h.isEmpty()) {
            if (roleFromName == null) {
                return new RoleTable.Match(null, name, "other", false);
            }
            RoleTable.Match r = roles.resolve(roleFromName);
            return new RoleTable.Match(r.role(), name, r.group(), r.known());
        }
        RoleTable.Match r = roles.resolve(h);
        return new RoleTable.Match(r.role(), r.speaker() != null ? r.speaker() : name, r.group(), r.known());
    }
}
