package jp.meetingsearch.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.meetingsearch.json.Json;
import org.junit.jupiter.api.Test;

/** Role groups and minutes formats keep their stored spelling in JSON, messages and parameters. */
class LowerCaseValueTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void jsonIsTheStoredSpellingBothWays() throws Exception {
        assertEquals("[\"vice_chair\",\"verbatim\"]", mapper.writeValueAsString(List.of(RoleGroup.VICE_CHAIR,
                MinutesFormat.VERBATIM)));
        assertEquals(RoleGroup.SECRETARIAT, mapper.readValue("\"secretariat\"", RoleGroup.class));
        assertEquals(MinutesFormat.SUMMARY, mapper.readValue("\"summary\"", MinutesFormat.class));
        assertEquals(new Attendee("磯野", "会長", RoleGroup.CHAIR),
                mapper.readValue("{\"name\":\"磯野\",\"role\":\"会長\",\"role_group\":\"chair\"}", Attendee.class));
    }

    @Test
    void parsingIsExactAndTheOrderIsTheAnswersOrder() {
        assertEquals(List.of("chair", "vice_chair", "member", "executive", "secretariat", "other"),
                RoleGroup.allValues());
        assertEquals(Optional.empty(), RoleGroup.of("MEMBER"));
        assertEquals(Optional.of(MinutesFormat.VERBATIM), MinutesFormat.of("verbatim"));
        assertEquals(RoleGroup.allValues().size(), RoleGroup.rank("boss"));
        assertEquals("member", "" + RoleGroup.MEMBER);
    }
}
