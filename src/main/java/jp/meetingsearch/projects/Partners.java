package jp.meetingsearch.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.meetingsearch.text.Width;

/** Splits a partners cell (協働相手) into organisations. */
public final class Partners {
    private Partners() {
    }

    private static final String SEPARATORS = "、,;/\n";
    private static final String OPENING = "(「『【[〔<《";
    private static final String CLOSING = ")」』】]〕>》";
    private static final Set<String> NONE = Set.of("", "-", "ー", "―", "‐", "−", "なし", "無し", "特になし", "該当なし");
    /**
     * Words that end or name an organisation. ・ also joins words inside one name (まちづくり・ネット), so a cell is split
     * on ・ only when every part names an organisation by one of these.
     */
    private static final List<String> ORGANISATION_WORDS = List.of("会", "協会", "法人", "組合", "大学", "学校", "高校",
            "学園", "団", "団体", "事業所", "会社", "(株)", "㈱", "(有)", "㈲", "センター", "クラブ", "委員会", "協議会",
            "市", "町", "村", "区", "県", "署", "館", "社", "部", "隊", "グループ", "PTA", "NPO", "機構", "財団", "連合",
            "ネットワーク", "銀行", "金庫", "病院", "園", "局", "庁", "所", "店");

    /**
     * The organisations in the cell: split on 、 ， , ; ／ / and line breaks outside brackets, and on ・ when every
     * part is an organisation; "なし" and dashes give an empty list.
     */
    public static List<String> split(String cell) {
        // width folding turns ，；／ into ,;/ first
        String t = Width.fold(cell == null ? "" : cell).replace("\r\n", "\n").replace('\r', '\n');
        List<String> parts = joinLegalForms(splitOutsideBrackets(t, SEPARATORS));
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String n = Width.normalize(p);
            if (NONE.contains(n) || CORPORATE_NUMBER.matcher(n).matches()) {
                // 法人番号2010005003854: the partner's registration number on the line below its name
                continue;
            }
            List<String> dotted = splitOutsideBrackets(n, "・");
            if (dotted.size() > 1 && dotted.stream().map(String::strip).allMatch(Partners::namesOrganisation)) {
                dotted.forEach(d -> out.add(d.strip()));
            } else {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** 公益社団法人, 特定非営利活動法人, 株式会社: the legal form written before an organisation's name. */
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "^[\\s　]*(?:\\p{IsHan}{0,8}法人|株式会社|有限会社|合同会社|合資会社|合名会社|NPO法人)[\\s　]*");
    /** 法人番号2010005003854, 法人番号：…: the 13 digits of a corporate number, with or without its label. */
    private static final java.util.regex.Pattern CORPORATE_NUMBER = java.util.regex.Pattern.compile(
            "(?:法人番号)?[\\s　:：]*[0-9]{13}");

    /**
     * 公益社団法人 / 移動通信基盤整備協会: a line holding only the legal form belongs to the name on the next line,
     * not to an organisation of its own.
     */
    private static List<String> joinLegalForms(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            String n = Width.normalize(p);
            if (i + 1 < parts.size() && !n.isEmpty() && LEGAL_FORM.matcher(n).replaceFirst("").isEmpty()) {
                out.add(n + Width.normalize(parts.get(i + 1)));
                i++;
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean namesOrganisation(String part) {
        if (part.length() < 2) {
            return false;
        }
        for (String w : ORGANISATION_WORDS) {
            // a one-character word must end the name (会, 市); longer ones and the company marks may stand anywhere
            if (part.endsWith(w) || ((w.length() > 1 || w.equals("㈱") || w.equals("㈲")) && part.contains(w))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> splitOutsideBrackets(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
