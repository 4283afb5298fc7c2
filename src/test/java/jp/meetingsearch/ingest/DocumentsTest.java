package jp.meetingsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.json.Json;
import jp.meetingsearch.minutes.AgendaRef;
import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.Remark;
import jp.meetingsearch.minutes.RoleGroup;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void aRemarkDocumentIsTheRecordPlusTheIndexFieldsAndWaitsForItsThemes() throws Exception {
        Remark r = new Remark("m1-0003", "m1", "第3回 協働推進委員会", LocalDate.of(2021, 12, 21), 2021, "協働推進委員会", 3,
                "協議事項", new AgendaRef("(1)", "協働事業の評価"), "委員", RoleGroup.MEMBER, "山田", false,
                List.of("防災訓練について", "避難所の運営"), "防災訓練について\n避難所の運営");
        JsonNode doc = mapper.readTree(new Documents(mapper, new Indices("")).remark(r, "a.txt", "2021/a.txt", MinutesFormat.SUMMARY));
        ObjectNode expected = mapper.valueToTree(r);
        expected.put("chars", 15).put("source_file", "a.txt").put("source_path", "2021/a.txt").put("format", "summary").put("themes_pending", true);
        assertEquals(expected, doc);
        assertEquals("2021-12-21", doc.get("meeting_date").asText());
        assertEquals("協働事業の評価", doc.at("/agenda_item/title").asText());
    }
}
