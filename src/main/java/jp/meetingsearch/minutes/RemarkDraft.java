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
        } else if (r.inferred && r.parts.stream().noneMatch(p -> readsAsSpeech(p) || names(p, r.who.role()))) {
            // 事務局より資料1の説明: a note of what the speaker it names did, kept as their turn
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
        return SPEECH.matcher(part).find();
    }

    /** Whether a note names {@code role} as the one who spoke: 事務局より, 事務局から, 事務局が. */
    private static boolean names(String part, String role) {
        for (int i = part.indexOf(role); i >= 0; i = part.indexOf(role, i + 1)) {
            int after = i + role.length();
            if (part.startsWith("より", after) || part.startsWith("から", after) || part.startsWith("が", after)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SPEECH = java.util.regex.Pattern.compile(
            "[。．！？!?]|(?:ます|です|ました|でした|ません|ください|たい|ている|である|だ|ない|した|する)[」』）)]?$");

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
