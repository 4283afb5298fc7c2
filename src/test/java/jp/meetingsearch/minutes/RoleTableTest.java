package jp.meetingsearch.minutes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTableTest {
    private final RoleTable roles = RoleTable.standard();

    private void group(String written, String expected) {
        assertEquals(expected, roles.resolve(written).group().value(), written);
    }

    @Test
    void groupsOfTheProjectRules() {
        group("会長", "chair");
        group("委員長", "chair");
        group("議長", "chair");
        // the oldest member presides until the assembly or the committee has elected its chair
        group("年長議員", "chair");
        group("年長委員", "chair");
        group("副会長", "vice_chair");
        group("副委員長", "vice_chair");
        group("委員", "member");
        group("議員", "member");
        group("３番", "member");
        group("12番", "member");
        group("市長", "executive");
        group("副市長", "executive");
        group("総務部長", "executive");
        group("地域づくり課長", "executive");
        group("教育長", "executive");
        group("事務局", "secretariat");
        group("議会事務局長", "secretariat");
        group("書記", "secretariat");
        // a staff rank written alone keeps its rule's group; after a department of the administration it answers for it
        group("係長", "secretariat");
        group("主幹", "secretariat");
        group("総務課係長", "executive");
        // a title written alone is matched by a rule for titles ending so, the longest one winning:
        // 選挙管理委員会事務局長 is the board's (executive), not the meeting's secretariat (*事務局長)
        group("選挙管理委員会事務局長", "executive");
        // so is the office of any board the mayor appoints, and the auditors' office, however the city names it
        group("行政委員会事務局長", "executive");
        group("人事委員会事務局次長", "executive");
        group("監査事務局長", "executive");
        group("事務局長", "secretariat");
        group("議会事務局次長", "secretariat");
        group("調整官", "executive");
        group("会長代理", "vice_chair");
        group("課長代理", "executive");
        group("司会", "secretariat");
        // two posts joined by 兼, the second unknown to the rules: the first one's group
        group("警務部参事官兼首席監察官", "executive");
    }

    @Test
    void aNameWrittenBeforeARoleIsSplitOff() {
        assertEquals(new RoleTable.Match("委員", "山田", RoleGroup.MEMBER, true), roles.resolve("山田委員"));
        assertEquals(new RoleTable.Match("委員長", "中村", RoleGroup.CHAIR, true), roles.resolve("中村委員長"));
        // the member acting as chair until one is elected: 臨時 is part of the title, not of the name
        assertEquals(new RoleTable.Match("臨時委員長", "井上順吾", RoleGroup.CHAIR, true), roles.resolve("井上順吾臨時委員長"));
        assertEquals(new RoleTable.Match("3番", null, RoleGroup.MEMBER, true), roles.resolve("３番"));
        // a department before a title stays part of the title
        assertEquals(new RoleTable.Match("総務部長", null, RoleGroup.EXECUTIVE, true), roles.resolve("総務部長"));
    }

    @Test
    void unknownRolesAreOther() {
        RoleTable.Match m = roles.resolve("ボランティア代表");
        assertEquals(RoleGroup.OTHER, m.group());
        assertFalse(m.known());
        assertTrue(roles.resolve("オブザーバー").known());
    }

    @Test
    void longestRuleWinsAndLaterRulesOverride() {
        RoleTable t = RoleTable.parse(List.of("# own rules", "~会長\tchair", "~副会長\tvice_chair",
                "*代表\tmember", "*代表\tother"), "test");
        assertEquals(RoleGroup.VICE_CHAIR, t.resolve("副会長").group());
        assertEquals(RoleGroup.OTHER, t.resolve("団体代表").group());
    }

    @Test
    void badRulesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleTable.parse(List.of("会長\tchair", "委員\tmembers"), "roles.txt"));
        assertTrue(e.getMessage().startsWith("roles.txt:2: unknown group 'members'"), e.getMessage());
    }
}
