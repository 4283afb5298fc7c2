package jp.meetingsearch.corpus;

import java.util.ArrayList;
import java.util.List;

/** A sentence with {@code {slot}} placeholders, parsed once so that filling it costs only appends. */
record Template(String[] literals, Slot[] slots) {

    /** What a placeholder stands for; the generator fills each from the meeting it writes. */
    enum Slot {
        CITY("市"), DISTRICT("地区"), FACILITY("施設"), ORGANISATION("団体"), NPO("ＮＰＯ"), PROJECT("事業"),
        COUNT("数"), PEOPLE("人数"), AMOUNT("金額"), RATE("割合"), FISCAL_YEAR("年度"), PREVIOUS_YEAR("前年度"),
        DATE("日付"), NAME("氏名"), SECTION("課"), QUESTIONER("質問者"), TOPIC("題目"), SEAT("番号"),
        PREVIOUS_SEAT("前番号"), PREVIOUS_NAME("前氏名"), TITLE("役職"), AGENDA_NUMBER("日程番号"),
        BILL_NUMBER("議案番号"), BILL("議案名"), COMMITTEE("委員会"), TIME("時刻");

        private final String placeholder;

        Slot(String placeholder) {
            this.placeholder = placeholder;
        }

        static Slot of(String placeholder) {
            for (Slot slot : values()) {
                if (slot.placeholder.equals(placeholder)) {
                    return slot;
                }
            }
            return null;
        }
    }

    /** Fills one placeholder into the text being written. */
    interface Filler {
        void fill(Slot slot, StringBuilder out);
    }

    static Template parse(Sections.Entry entry) {
        String text = entry.text();
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', from)) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException(entry.where() + ": unclosed placeholder in: " + text);
            }
            Slot slot = Slot.of(text.substring(open + 1, close));
            if (slot == null) {
                throw new IllegalStateException(entry.where() + ": unknown placeholder "
                        + text.substring(open, close + 1) + " in: " + text);
            }
            literals.add(text.substring(from, open));
            slots.add(slot);
            from = close + 1;
        }
        literals.add(text.substring(from));
        return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new));
    }

    void render(Filler filler, StringBuilder out) {
        out.append(literals[0]);
        for (int i = 0; i < slots.length; i++) {
            filler.fill(slots[i], out);
            out.append(literals[i + 1]);
        }
    }

    String render(Filler filler) {
        StringBuilder out = new StringBuilder(64);
        render(filler, out);
        return out.toString();
    }
}
