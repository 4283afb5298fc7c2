package jp.meetingsearch.minutes;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The lines a web page or a minutes site prints above a record that are no part of it: the site's name and menus,
 * its contact lines, its prose and share buttons. A record's title is looked for below them.
 */
final class PageLines {
    /** A line naming a meeting or its record: a sitting, a body's meeting, or 会議録 (not a room: 第1委員会室). */
    static final Pattern MEETING_NAME = Pattern.compile("定例会|臨時会|委員会(?!室)|協議会|審議会|調査会|懇談会|本会議|緊急議会|会議録");
    /** How a body's or a record's name ends: ○○市総合教育会議, まちづくり懇談会, …議事録. */
    static final Pattern NAME_END = Pattern.compile(".*(?:会議|会|議事録|記録|要旨|概要|本文)[\\s　]*$");
    /** A page's contact lines: a postal code, a telephone or fax number, a mail address. */
    private static final Pattern CONTACT = Pattern.compile(
            "^[\\s　]*〒|(?i:tel|fax)[\\s　.:：]*[0-9０-９(（]|電話[\\s　:：]*[0-9０-９(（]|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}");
    /** A page's trail: steps between › or > (武蔵野市議会 > 2019-03-07 >, トップ > 会議録 > …). */
    private static final Pattern TRAIL = Pattern.compile("\\S[\\s　]*[>＞›»][\\s　]*(?:\\S|$)");
    /** A menu's item alone on its line: a bullet and a few words (• くらし・環境, • サイトマップ). */
    private static final Pattern MENU_ITEM = Pattern.compile("^[\\s　]*[•·▸►][\\s　]*\\S{1,15}[\\s　]*$");
    /** A running head with its page number (総会議事録1, 会議録 2): the record's word and a number, nothing else. */
    private static final Pattern RUNNING_HEAD = Pattern.compile(
            "^[\\s　]*\\S{0,6}(?:議事録|会議録|記録)[\\s　]*[0-9０-９]{1,3}[\\s　]*$");
    /** A sentence's end inside a line (こちらでは、…ご覧いただくことができます。): a page's prose, no title. */
    private static final Pattern SENTENCE = Pattern.compile("[。！？]");

    private PageLines() {
    }

    /**
     * A line of the page's own above the record (議事ロックス -地方議会議事録検索-, ツイート シェア, 神奈川県 中井町,
     * 〒315-8640, ページの先頭です。, a menu): a contact line, or no digit and either no meeting named and not ending as a
     * body's or record's name does, or prose, or a menu.
     */
    static boolean isSiteLine(String line) {
        if (CONTACT.matcher(line).find() || ADDRESS.matcher(line).find() || TRAIL.matcher(line).find()
                || RUNNING_HEAD.matcher(line).find() || MENU_ITEM.matcher(line).matches()) {
            return true;
        }
        return line.codePoints().noneMatch(Character::isDigit) && (!MEETING_NAME.matcher(line).find()
                && !NAME_END.matcher(line).matches() || SENTENCE.matcher(line).find() || isMenu(line));
    }

    /**
     * A site's menu: four or more short words apart and no digit (あらまし 皆さんと市議会 議員の紹介 審議情報 本会議中継
     * 会議録), however many of them name meetings.
     */
    private static boolean isMenu(String line) {
        String[] words = Cleaning.strip(line).split("[\\s　]+");
        return words.length >= 4 && Arrays.stream(words).allMatch(w -> w.length() <= 10);
    }

    /** Whether a title names a meeting or a record of one (a sitting, a body's meeting, 会議録, 議事録, ６月議会). */
    static boolean namesMeeting(String name) {
        return MEETING_NAME.matcher(name).find() || NAME_END.matcher(name).matches()
                || PLENARY_WORD.matcher(name).find() || MONTH_SITTING.matcher(name).find()
                || OTHER_MEETING.matcher(name).find();
    }

    /**
     * 子育て会議(令和6年4月19日開催), こどもの居場所部会: a meeting's word inside a name, not a room (会議室) nor the
     * 会議 of 地方議会議事録.
     */
    private static final Pattern OTHER_MEETING = Pattern.compile("(?<!議)会議(?![室所場事])|部会|分科会|総会");

    /** 定例会, 臨時会, 本会議, 特別会議: a plenary sitting's word. */
    private static final Pattern PLENARY_WORD = Pattern.compile("定例会|臨時会|本会議|特別会議");
    /** 6月議会, ６月議会: a plenary sitting named by its month. */
    private static final Pattern MONTH_SITTING = Pattern.compile("[0-9０-９一二三四五六七八九十]月議会");
    /** An address: a municipality, then a block and lot number (茨城県石岡市石岡一丁目1番地1). */
    private static final Pattern ADDRESS = Pattern.compile(
            "^[\\s　]*(?:[\\p{IsHan}]{2,3}[都道府県])?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶ]{1,6}[市区町村]\\S*(?:丁目|番地)");
}
