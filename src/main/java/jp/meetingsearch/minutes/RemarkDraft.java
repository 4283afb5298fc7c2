package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.ArrayList;
import java.util.List;

/** A remark while its lines are read: who, where in the agenda, and its points or paragraphs so far. */
final class RemarkDraft {
    final String section;
    final AgendaRef item;
    final RoleTable.Match who;
    final boolean inferred;
    /** Whether the heading above named the speaker (市長あいさつ), rather than the secretariat's convention. */
    boolean namedByHeading;
    final int line;
    /** The seat number of a member written by number (○３番（高木直良君）), else null. */
    Integer seat;
    /** Whether the record notes what the turn held instead of printing it (（説明、記載省略）). */
    boolean noted;
    private final List<String> parts = new ArrayList<>();
    private boolean lastWasBullet;

    RemarkDraft(String section, AgendaRef item, RoleTable.Match who, boolean inferred, int line) {
        this.section = section;
        this.item = item;
        this.who = who;
        this.inferred = inferred;
        this.line = line;
    }

    /** Whether no text was added yet (a label followed only by a stage direction). */
    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** A bullet: always a point of its own. */
    void bullet(String text) {
        String t = clean(text);
        if (!t.isEmpty()) {
            parts.add(t);
            lastWasBullet = true;
        }
    }

    /**
     * A line without a bullet. After a bullet it is the bullet running on past a line or page break (ビ / ジネス);
     * in running text it starts a new paragraph only when the previous line ended a sentence.
     */
    void text(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return;
        }
        if (parts.isEmpty() || !lastWasBullet && Cleaning.endsSentence(parts.getLast())) {
            parts.add(t);
        } else {
            parts.set(parts.size() - 1, Cleaning.join(parts.getLast(), t));
        }
    }

    /**
     * Whether the speech so far ends a spoken sentence: kana, then 。！？ (…お願いいたします。), not a recorder's noun
     * (…本日の会議は成立。).
     */
    boolean endsSpokenSentence() {
        return !parts.isEmpty() && parts.getLast().matches("(?s).*\\p{IsHiragana}[。．！？!?][」』）)]?");
    }

    /** A new paragraph of speech (verbatim records indent each). */
    void paragraph(String text) {
        String t = clean(text);
        if (!t.isEmpty()) {
            parts.add(t);
            lastWasBullet = false;
        }
    }

    /** Speech running on from the previous line of the same paragraph. */
    void continueParagraph(String text) {
        String t = clean(text);
        if (t.isEmpty()) {
            return;
        }
        if (parts.isEmpty()) {
            parts.add(t);
        } else {
            parts.set(parts.size() - 1, Cleaning.join(parts.getLast(), t));
        }
    }

    /**
     * Adds a finished remark to the list; one without any text is dropped with a warning, unless the record noted
     * its content instead of printing it: the speaker spoke, and the turn is kept with no text.
     */
    static void close(RemarkDraft r, List<RemarkDraft> drafts, MeetingDraft d) {
        if (r == null) {
            return;
        }
        if (r.parts.isEmpty() && !r.noted) {
            d.warn(r.line, "a remark of " + r.who.role() + " has no text; dropped");
        } else if (r.inferred && !r.namedByHeading && r.parts.stream().anyMatch(RemarkDraft::recordersAccount)
                && r.parts.stream().noneMatch(p -> readsAsSpeech(p) && !recordersAccount(p))) {
            // …旨が述べられた。 / 佐藤警察庁次長から、委員の紹介が行われた。: the recorder telling what was said or done
            d.warn(r.line, "text under no speaker label that tells what was said or done (…が述べられた, …が行われた):"
                    + " the recorder's account, not read as a remark of " + r.who.role());
        } else if (r.inferred && !r.namedByHeading && r.parts.stream().noneMatch(RemarkDraft::readsAsSpeech)) {
            // 事務局より資料1の説明: a note of what the speaker it names did, kept as their turn; under 市長あいさつ the
            // points are the 市長's whatever their form
            d.warn(r.line, "text under no speaker label that holds no sentence (a list of names or topics, a"
                    + " heading): not read as a remark of " + r.who.role());
        } else {
            drafts.add(r);
        }
    }

    /**
     * Whether a paragraph or point reads as someone's words: it holds a sentence (。！？) or ends as one does in
     * speech (…します, …です, …ください). A list of names, topics or headings does neither.
     */
    static boolean readsAsSpeech(String part) {
        // 《議題に先立ち、大江教授より…について説明》: a note wholly in brackets is the recorder's, no one's words
        return !WHOLLY_BRACKETED.matcher(part).matches()
                && (SPEECH.matcher(part).find() || EXPLAINED.matcher(part).find());
    }

    /**
     * Whether a paragraph is the recorder's account: each of its sentences ends in the passive of a verb of saying or
     * doing (…旨が述べられた。, …紹介が行われた。, …が承認された。), which no speaker says of their own words.
     */
    static boolean recordersAccount(String part) {
        if (REPORTED.matcher(Cleaning.strip(part)).find()) {
            // …いただきたい旨が述べられた。: the whole paragraph is what someone said, as the recorder tells it
            return true;
        }
        String[] sentences = part.split("(?<=[。．])");
        for (String sentence : sentences) {
            if (!sentence.isBlank() && !ACCOUNT.matcher(Cleaning.strip(sentence)).find()) {
                return false;
            }
        }
        return !part.isBlank();
    }

    /** A paragraph that ends by saying it told what someone said: …旨が述べられた。, …との発言があった。 */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "(?:旨|との(?:発言|意見|説明|報告))(?:が|の(?:発言|説明|報告)が)?(?:述べられ|説明され|報告され|あっ)た[。．]?$");

    /** The end of a sentence in the passive past: …られた。, …された。, …行われた。 */
    private static final java.util.regex.Pattern ACCOUNT = java.util.regex.Pattern.compile(
            "(?:られ|され|行われ|なされ)た[。．]?$");

    private static final java.util.regex.Pattern WHOLLY_BRACKETED = java.util.regex.Pattern.compile(
            "^(?:《.*》|〈.*〉|≪.*≫|（.*）|\\(.*\\)|【.*】|〔.*〕)$");

    /**
     * A sentence mark, or the end of a sentence in the polite or the plain form (…します, …伸びた, …していく), or a
     * decision or an account written as a noun (…委員を選出, …を説明).
     */
    private static final java.util.regex.Pattern SPEECH = java.util.regex.Pattern.compile(
            "[。．！？!?]|(?:ます|です|ません|ください|[たるいうくずだ]|選出|決定|承認|了承|可決|否決|報告|説明)[」』）)]?$");
    /** 環境政策課長から資料１により説明, 資料１に基づき事務局説明: a note of who explained, their turn. */
    private static final java.util.regex.Pattern EXPLAINED = java.util.regex.Pattern.compile(
            "(?:より|から|が|局|課長|部長|担当)[^。]{0,30}?(?:説明|報告)");

    private static String clean(String s) {
        return Cleaning.strip(Cleaning.removeStageDirections(Cleaning.stripMarkup(s)));
    }

    /**
     * A remark written as one quotation, ○大石教育長 「…成立しております。」, without the quotation marks: the
     * speaker's words are inside them. Quotations within the remark are kept.
     */
    static List<String> unquoted(List<String> parts) {
        if (parts.isEmpty() || !parts.getFirst().startsWith("「") || !parts.getLast().endsWith("」")) {
            return parts;
        }
        String all = String.join("\n", parts);
        int depth = 0;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            depth += c == '「' ? 1 : c == '」' ? -1 : 0;
            if (depth == 0 && i < all.length() - 1) {
                // the first quotation closes before the end: 「…」と述べた, or two quotations
                return parts;
            }
        }
        if (depth != 0) {
            return parts;
        }
        List<String> out = new ArrayList<>(parts);
        out.set(0, out.getFirst().substring(1));
        out.set(out.size() - 1, out.getLast().substring(0, out.getLast().length() - 1));
        out.removeIf(String::isBlank);
        return out.isEmpty() ? parts : out;
    }

    /** The finished remarks of a meeting in order; {@code withPoints} false leaves points empty (verbatim). */
    static List<Remark> build(Meeting m, List<RemarkDraft> drafts, boolean withPoints) {
        List<Remark> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int order = 0;
        for (RemarkDraft d : drafts) {
            order++;
            String section = Width.normalize(d.section);
            List<String> parts = unquoted(d.parts);
            String text = String.join("\n", parts);
            out.add(new Remark(MeetingIds.remarkId(m.id(), d.who.role(), d.who.speaker(), section, text, ids), m.id(),
                    m.title(), m.date(), m.fiscalYear(), m.body(), order, section, d.item, d.who.role(), d.who.group(),
                    d.who.speaker(), d.seat, d.inferred, withPoints ? parts : List.of(), text, d.line, null, null));
        }
        return out;
    }
}
