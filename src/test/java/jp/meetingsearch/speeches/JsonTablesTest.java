package jp.meetingsearch.speeches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Tables written as names and rows read as objects; anything else stays as it was. */
class JsonTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonTables.Expanded expand(String json) throws Exception {
        return JsonTables.expand(JSON.readTree(json));
    }

    @Test
    void rowsNamedByAListOfFieldsBecomeObjectsUnderTheSameKey() throws Exception {
        JsonTables.Expanded e = expand("""
                {"fields": ["id", "speaker", "body", "date"],
                 "rows": [["C1", "大塚委員長", "開会します。", "2004/07/30"], ["C2", "吉田企画部長", "報告します。"]]}""");
        assertEquals("大塚委員長", e.root().at("/rows/0/speaker").asText());
        assertEquals("報告します。", e.root().at("/rows/1/body").asText());
        assertTrue(e.root().at("/rows/1/date").isMissingNode(), "a short row lacks its last fields");
        assertEquals(List.of(new JsonTables.Table("rows", 2, List.of("id", "speaker", "body", "date"))), e.tables());
        assertEquals("'rows' (2 rows; columns id, speaker, body, date)", e.tables().getFirst().describe());
    }

    @Test
    void columnsNamedByObjectsAndTablesInsideOtherObjectsAreFound() throws Exception {
        JsonTables.Expanded e = expand("""
                {"meta": {"body": "総務委員会"}, "result": {"columns": [{"name": "who", "type": "text"},
                 {"name": "said", "type": "text"}], "data": [["山田委員", "伺います。"]]}}""");
        assertEquals("山田委員", e.root().at("/result/data/0/who").asText());
        assertEquals("総務委員会", e.root().at("/meta/body").asText());
        assertEquals("result.data", e.tables().getFirst().path());
    }

    @Test
    void anArrayWhoseFirstRowNamesTheColumnsIsASheet() throws Exception {
        JsonTables.Expanded e = expand("""
                [["開催日", "発言者", "発言"], ["2024-06-10", "山田委員長", "開会します。"], ["2024-06-10", "佐藤委員", "質問します。"]]""");
        assertEquals(2, e.root().size());
        assertEquals("佐藤委員", e.root().at("/1/発言者").asText());
        assertEquals("", e.tables().getFirst().path());
    }

    @Test
    void rowsLongerThanTheNamesRepeatedNamesAndListsOfTextAreNoTable() throws Exception {
        String longer = """
                {"fields": ["a", "b"], "rows": [["1", "2", "3"]]}""";
        String repeated = """
                {"fields": ["a", "a"], "rows": [["1", "2"]]}""";
        String pairs = """
                {"speeches": [["山田", "はい"], ["佐藤", "いいえ", "補足"]]}""";
        for (String json : List.of(longer, repeated, pairs)) {
            JsonTables.Expanded e = expand(json);
            assertEquals(List.of(), e.tables(), json);
            assertEquals(JSON.readTree(json), e.root(), json);
        }
    }

    @Test
    void theDocumentGivenIsNotChanged() throws Exception {
        JsonNode root = JSON.readTree("{\"fields\": [\"a\", \"b\"], \"rows\": [[\"1\", \"2\"]]}");
        JsonTables.expand(root);
        assertTrue(root.at("/rows/0").isArray());
    }
}
