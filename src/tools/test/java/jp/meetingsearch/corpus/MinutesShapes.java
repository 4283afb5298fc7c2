package jp.meetingsearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The published shapes as regular expressions, and a minimal reading of both formats into remark texts:
 * enough to check generated files against what the generator says it wrote, independent of its code.
 */
final class MinutesShapes {
    static final String DIGIT = "[0-9０-９]";
    static final Pattern SUMMARY_TITLE = Pattern.compile(
            "^(平成|令和)(元|" + DIGIT + "+)年度 第" + DIGIT + "+回\\S+ 会議概要$");
    static final Pattern SUMMARY_DATE_ROW = Pattern.compile("^" + DIGIT + "\t日時\t(平成|令和)(元|" + DIGIT + "+)年"
            + DIGIT + "+月" + DIGIT + "+日\\([月火水木金土日]\\) (午前|午後)" + DIGIT + "+時(" + DIGIT + "+分)?から(正午|(午前|午後)"
            + DIGIT + "+時(" + DIGIT + "+分)?)$");
    static final Pattern ATTENDEES_ROW = Pattern.compile("^" + DIGIT + "\t出席者\t.+ 計" + DIGIT + "+名$");
    static final Pattern ROLE_BLOCK = Pattern.compile("^【(会長|副会長|委員|事務局|\\S+委員)】$");
    static final Pattern BULLET = Pattern.compile("^(- )?・(\\S.*)$");
    static final Pattern SUMMARY_SECTION = Pattern.compile("^" + DIGIT + " (報告事項|協議事項)$");
    static final Pattern AGENDA_ITEM = Pattern.compile("^\\(" + DIGIT + "+\\) \\S.*$");
    static final Pattern SUMMARY_CLOSING = Pattern.compile(
            "^(\\((正午|午[前後] " + DIGIT + "+ 時( " + DIGIT + "+ 分)?) 終了\\)|（\\S+終了）|\\S+ 終了)$");

    static final Pattern VERBATIM_TITLE = Pattern.compile("^(平成|令和)(元|[０-９]+)年"
            + "(第[０-９]+回\\S+議会定例会会議録（第[０-９]+号）|\\S+議会\\S+委員会会議録)$");
    static final Pattern VERBATIM_DATE = Pattern.compile(
            "^(平成|令和)(元|[０-９]+)年[０-９]+月[０-９]+日（[月火水木金土日]曜日）$");
    static final Pattern MARKER = Pattern.compile("^[○〇◯]");
    static final Pattern SPEAKER = Pattern.compile("^[○〇◯]((議長|副議長|[０-９]+番|委員長|\\S+長)（\\S+君）"
            + "|\\S+(委員長|委員|課長))$");
    static final Pattern SPEECH = Pattern.compile("^　([^　\\s].*)$");
    static final Pattern STAGE = Pattern.compile("^(　　〔「\\S+」と呼ぶ者あり〕|（「\\S+」と呼ぶ者あり）)$");
    static final Pattern TIME = Pattern.compile(
            "^(正午|(午前|午後)[０-９]+時([０-９]+分)?)(開議|開会|散会|閉会|休憩|再開)$");
    static final Pattern AGENDA_LINE = Pattern.compile("^◆?日程第[０-９]+　\\S+$");

    private MinutesShapes() {
    }

    static int summaryBlocks(String text) {
        return (int) text.lines().filter(l -> ROLE_BLOCK.matcher(l).matches()).count();
    }

    static int verbatimSpeakers(String text) {
        return (int) text.lines().filter(l -> MARKER.matcher(l).find()).count();
    }

    /** Remark texts of a summary: each 【role】 block, and bullets right after an agenda item heading. */
    static List<String> summaryRemarks(String text) {
        List<String> remarks = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int start = lines.indexOf("2\t報告・協議事項概要\t");
        if (start < 0) {
            start = lines.indexOf("２\t報告・協議事項概要\t");
        }
        StringBuilder block = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            var bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (block == null) {
                    block = new StringBuilder();
                    remarks.add(null);
                }
                block.append(block.isEmpty() ? "" : "\n").append(bullet.group(2));
                remarks.set(remarks.size() - 1, block.toString());
            } else if (!line.isEmpty()) {
                block = null;
            }
        }
        return remarks;
    }

    /** Remark texts of a verbatim record: the indented lines after each speaker line, stage directions left out. */
    static List<String> verbatimRemarks(String text) {
        List<String> remarks = new ArrayList<>();
        StringBuilder speech = null;
        for (String line : text.lines().toList()) {
            var spoken = SPEECH.matcher(line);
            if (MARKER.matcher(line).find()) {
                speech = new StringBuilder();
                remarks.add("");
            } else if (speech != null && spoken.matches()) {
                speech.append(speech.isEmpty() ? "" : "\n").append(spoken.group(1));
                remarks.set(remarks.size() - 1, speech.toString());
            } else {
                speech = null;
            }
        }
        return remarks;
    }
}
