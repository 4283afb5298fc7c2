package jp.meetingsearch.projects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.meetingsearch.text.Width;

/**
 * A list's contact cell read for who runs the project: a section of the city (健康づくり課, 生涯学習センター) is the
 * department; an outside body (公益財団法人高松市スポーツ協会, …実行委員会) is a partner, and a section written in brackets
 * after it (（高松市スポーツ振興課）, （事務局：焼津市観光協会）) is the department where it is the city's.
 *
 * @param section the city's section, or null
 * @param body    the outside body, or null
 */
record Contact(String section, String body) {
    /** How the name of a section or facility of the city ends. */
    private static final Pattern SECTION = Pattern.compile(
            ".*(?:課|係|室|担当|センター|館|所|事務所|部|局|園|図書館|公民館)$");
    /** Words of an outside body's name: a legal form, a committee of citizens, a company. */
    private static final Pattern OUTSIDE = Pattern.compile(
            "法人|協会|実行委員会|連盟|株式会社|有限会社|㈱|NPO|団体|クラブ|会議所|組合|医師会|社会福祉協議会|協議会|事務局");
    /** A body, then a bracket (its section or its secretariat). */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)[\\s]*[(（]([^()（）]+)[)）][\\s]*$");
    /** A telephone number or a mail address, which a contact cell may hold beside the name. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:TEL|Tel|tel|電話|FAX|Fax)?[:：]?[\\s]*[0-9]{2,5}-[0-9]{1,4}-[0-9]{3,4}|[\\w.+-]+@[\\w.-]+");
    /** A city's name before its section (高松市スポーツ振興課 → スポーツ振興課). */
    private static final Pattern CITY_PREFIX = Pattern.compile(
            "^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,5}[市町村区](?=\\S{2,}$)");

    static Contact of(String cell) {
        String t = NUMBER.matcher(Width.normalize(cell).replace('\n', ' ')).replaceAll(" ").strip()
                .replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return new Contact(null, null);
        }
        Matcher b = BRACKETED.matcher(t);
        if (b.matches()) {
            String outer = b.group(1).strip();
            String inner = b.group(2).replaceFirst("^事務局[:：]", "").strip();
            if (isSection(inner) && !isSection(outer)) {
                // カマタマーレ讃岐（高松市スポーツ振興課）: the partner, and the city's section that works with it
                return new Contact(CITY_PREFIX.matcher(inner).replaceFirst(""), outer);
            }
            if (isSection(outer)) {
                return new Contact(outer, null);
            }
            // 焼津海上花火大会実行委員会（事務局：焼津市観光協会）: the body, its secretariat noted
            return new Contact(null, outer);
        }
        if (isSection(t)) {
            return new Contact(t, null);
        }
        Matcher lead = LEADING_SECTION.matcher(t);
        if (lead.lookingAt() && !OUTSIDE.matcher(t).find()) {
            // 広聴広報・シティプロモーション課 市民相談コーナー, 生涯学習センターまなびCAN: the section, then its desk or
            // its nickname
            return new Contact(lead.group(1).strip(), null);
        }
        return new Contact(null, t);
    }

    /** A section's or facility's name at the start, more after it. */
    private static final Pattern LEADING_SECTION = Pattern.compile("^(\\S+?(?:課|係|室|センター|館))(?=.)");

    /** Whether a name is a section or facility of the city, not an outside body. */
    private static boolean isSection(String name) {
        String n = name.replace(" ", "");
        return SECTION.matcher(n).matches() && !OUTSIDE.matcher(n).find();
    }
}
