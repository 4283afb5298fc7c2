package jp.meetingsearch.fidelity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TurnAlignmentTest {
    private static TurnRow expected(String speaker, String role, String text) {
        String t = TurnRow.norm(text);
        return new TurnRow(speaker, role, "chair", "", "", t.substring(0, Math.min(8, t.length())),
                t.substring(Math.max(0, t.length() - 8)), "", 0);
    }

    private static TurnRow actual(String speaker, String role, String text) {
        String t = TurnRow.norm(text);
        return new TurnRow(speaker, role, "chair", "", "", t.substring(0, Math.min(8, t.length())),
                t.substring(Math.max(0, t.length() - 8)), t, 0);
    }

    private static final String A = "ただいまから委員会を開会いたします。本日の議題は一件です。";
    private static final String B = "議案第一号について御説明申し上げます。以上でございます。";
    private static final String C = "質疑はありませんか。なければ討論に入ります。よろしいですか。";
    private static final String D = "以上で本日の委員会を閉会いたします。お疲れさまでした。";

    @Test
    void oneMissedTurnDoesNotShiftTheOthers() {
        TurnAlignment.Result r = TurnAlignment.align(
                List.of(expected("山田", "委員長", A), expected("佐藤", "部長", B), expected("山田", "委員長", C),
                        expected("山田", "委員長", D)),
                List.of(actual("山田", "委員長", A), actual("山田", "委員長", C), actual("山田", "委員長", D)));
        assertEquals(3, r.count(TurnAlignment.Outcome.RIGHT));
        assertEquals(1, r.count(TurnAlignment.Outcome.MISSED));
        assertEquals(0, r.mergedCount(), "the missed turn's text is nowhere: not merged");
        assertArrayEquals(new int[] {0, -1, 1, 2}, r.pairOf());
    }

    @Test
    void aTurnAppendedToTheTurnBeforeIsSilentlyMerged() {
        TurnAlignment.Result r = TurnAlignment.align(
                List.of(expected("山田", "委員長", A), expected("佐藤", "部長", B), expected("山田", "委員長", C)),
                List.of(actual("山田", "委員長", A + B), actual("山田", "委員長", C)));
        assertEquals(1, r.mergedCount());
        assertEquals(true, r.merged()[1], "佐藤's speech stands inside 山田's turn");
        assertEquals(1, r.count(TurnAlignment.Outcome.RIGHT));
    }

    @Test
    void anExtraTurnIsCountedAndAWrongColumnIsWrong() {
        TurnAlignment.Result r = TurnAlignment.align(
                List.of(expected("山田", "委員長", A), expected("佐藤", "部長", B)),
                List.of(actual("山田", "委員長", A), actual(null, "議事日程", "日程第1 会議録署名議員の指名"),
                        actual("佐藤", "総務部長", B)));
        assertEquals(List.of(1), r.extra());
        assertEquals(1, r.count(TurnAlignment.Outcome.RIGHT));
        assertEquals(1, r.count(TurnAlignment.Outcome.WRONG));
        assertEquals("role: '部長' ≠ '総務部長'", r.expected().get(1).differences(r.actual().get(2)));
    }

    @Test
    void widthAndSpacesDoNotMatter() {
        TurnRow e = expected("山田太郎", "議員", "ＡＢＣ　１２３");
        TurnRow a = actual("山田　太郎", "議員", "ABC123");
        assertEquals("", e.differences(a));
    }
}
