package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who speaks, from a role marker or speaker line: 会長, 山田委員, 議長（山田太郎君）, ３番（高木直良君）, （北野　実議員）. */
final class Speakers {
    private Speakers() {
    }

    private static final Pattern HONORIFIC = Pattern.compile("(君|氏|様|さん|殿)$");
    private static final Pattern MEMBER_SUFFIX = Pattern.compile("^(.+?)(議員|委員)$");
    private static final Pattern HEAD_WITH_NAME = Pattern.compile("^(.*?)[（(]([^（）()]+)[）)]$");

    /** A bracket after the surname that tells two people of one name apart: 大西（英）委員. */
    private static final Pattern TWIN = Pattern.compile("^([^（）()]{1,6})([（(][^（）()]{1,3}[）)])([^（）()]+)$");

    /** A title, then the number or the letter that tells one anonymous member from another: 委員1, 委員A. */
    private static final Pattern DESIGNATED = Pattern.compile("^(.{0,8}?(?:委員|構成員|議員|参加者))[\\s　]*([0-9]{1,3}|[A-Za-z])$");

    /**
     * Resolves "role（name）", "role", "name+role" (山田委員 by a rule of the role table) or a name glued to a
     * title (前田産業労働局長, 幸田証人: split by the label grammar with Kuromoji's person names), as a label or
     * marker writes it. A seat number (３番, 六十七番) or a name with an honorific alone (宮崎勝君) is a member, 議員.
     */
    static RoleTable.Match resolve(String written, RoleTable roles) {
        return resolve(written, roles, new SpeakerLabels(TitleLexicon.shared(),
                KnownPeople.of(List.of(), TitleLexicon.shared())));
    }

    /** As {@link #resolve(String, RoleTable)}, splitting glued labels with the given grammar and its people. */
    static RoleTable.Match resolve(String written, RoleTable roles, SpeakerLabels labels) {
        String w = Cleaning.strip(written);
        Matcher m = HEAD_WITH_NAME.matcher(w);
        if (m.matches()) {
            return resolve(m.group(1), m.group(2), roles);
        }
        Matcher twin = TWIN.matcher(w);
        if (twin.matches()) {
            RoleTable.Match title = roles.resolve(twin.group(3));
            if (title.known() && title.speaker() == null) {
                return new RoleTable.Match(title.role(), RoleTable.fold(twin.group(1) + twin.group(2)),
                        title.group(), true);
            }
        }
        Matcher numbered = DESIGNATED.matcher(Width.normalize(w));
        if (numbered.matches()) {
            // (委員1), 委員Ａ: a member kept anonymous, told apart by a number or a letter after the title, as Ａ委員
            // is by one before it
            RoleTable.Match title = roles.resolve(numbered.group(1));
            if (title.known() && title.speaker() == null) {
                return new RoleTable.Match(title.role(), numbered.group(2), title.group(), true);
            }
        }
        RoleTable.Match r = resolve(w, null, roles);
        if (r.speaker() != null) {
            // 本多委員長: a name glued to a title, as the record writes its speakers
            labels.nameBeforeTitle();
            return r;
        }
        String folded = SpeakerLabels.fold(w);
        if (!SpeakerLabels.lettersOnly(folded)) {
            return r;
        }
        Optional<SpeakerLabels.Person> p = labels.gluedLabel(folded);
        if (p.isEmpty() || p.get().name() == null && p.get().seat() == null && !"議員".equals(p.get().title())) {
            return r;
        }
        SpeakerLabels.Person who = p.get();
        String title = Width.normalize(who.title()).replace(" ", "");
        RoleTable.Match t = roles.resolve(VerbatimParser.groupTitle(title));
        return new RoleTable.Match(title, who.name(), t.group(), t.known());
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
                return new RoleTable.Match(null, name, RoleGroup.OTHER, false);
            }
            RoleTable.Match r = roles.resolve(roleFromName);
            return new RoleTable.Match(r.role(), name, r.group(), r.known());
        }
        RoleTable.Match r = roles.resolve(h);
        if (name != null && roleFromName == null && r.group() == RoleGroup.SECRETARIAT && r.speaker() == null) {
            RoleTable.Match inner = roles.resolve(name);
            if (inner.known() && inner.speaker() == null && inner.group() != RoleGroup.OTHER
                    && inner.role().equals(name)) {
                // 事務局(課長), 事務局（都市計画課長）: the title in brackets speaks for the secretariat
                return new RoleTable.Match(inner.role(), null, RoleGroup.SECRETARIAT, true);
            }
        }
        if (name != null && r.speaker() != null) {
            // 総務委員長（本多健信君）: the name in brackets is the speaker's, and all before it the title, though a
            // rule for a name before a title (~委員長) would read 総務 as a name
            return new RoleTable.Match(h, name, r.group(), r.known());
        }
        return new RoleTable.Match(r.role(), r.speaker() != null ? r.speaker() : name, r.group(), r.known());
    }
}
