package jp.meetingsearch.speeches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A script that carries one JSON value gives that value, read and never run; anything more is refused. */
class ScriptJsonTest {

    @Test
    void theValueOfAnAssignmentOrACallAfterComments() throws Exception {
        JsonNode a = ScriptJson.read("/* 会議録 */\n// generated\nwindow.DB.registerMinutes({\"id\": \"h13\", \"voices\": []});\n");
        assertEquals("h13", a.path("id").asText());
        JsonNode b = ScriptJson.read("\uFEFF\"use strict\";\nvar minutes = [{\"speaker\": \"議長\"}];");
        assertEquals("議長", b.path(0).path("speaker").asText());
        JsonNode c = ScriptJson.read("jsonp_callback_12({\"items\": [1, 2]})");
        assertEquals(2, c.path("items").size());
        JsonNode d = ScriptJson.read("export default {\"a\": 1};");
        assertEquals(1, d.path("a").asInt());
        JsonNode e = ScriptJson.read("window[\"DATA\"] = {\"a\": 2}");
        assertEquals(2, e.path("a").asInt());
    }

    @Test
    void aValueWrittenAsJavaScriptWritesObjects() throws Exception {
        JsonNode v = ScriptJson.read("const data = {\n  speaker: '山田委員', // the label\n  text: \"伺います。\",\n};\n");
        assertEquals("山田委員", v.path("speaker").asText());
        assertEquals("伺います。", v.path("text").asText());
    }

    @Test
    void aSecondStatementOrNoValueIsRefusedWithItsLine() {
        ScriptJson.NotData more = assertThrows(ScriptJson.NotData.class,
                () -> ScriptJson.read("var a = {\"x\": 1};\nfetch('/more');\n"));
        assertEquals(2, more.line());
        assertTrue(more.getMessage().contains("fetch('/more');"), more.getMessage());
        ScriptJson.NotData none = assertThrows(ScriptJson.NotData.class,
                () -> ScriptJson.read("// nothing here\nfunction f() { return 1; }\n"));
        assertEquals(2, none.line());
        ScriptJson.NotData broken = assertThrows(ScriptJson.NotData.class,
                () -> ScriptJson.read("var a = {\n\"x\": 1,\n\"y\": }\n"));
        assertEquals(3, broken.line(), broken.getMessage());
    }

    @Test
    void minutesTextIsNoScript() {
        assertFalse(ScriptJson.looksLikeOne("令和６年第１回臨時会\n〇議長（堀 清君） ただいまから会議を開きます。"));
        assertFalse(ScriptJson.looksLikeOne("{\"a\": 1}"));
        assertTrue(ScriptJson.looksLikeOne("/* x */ cb([1])"));
    }
}
