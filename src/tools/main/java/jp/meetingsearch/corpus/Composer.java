package jp.meetingsearch.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the text of one meeting: fills placeholders from that meeting's city, date and speakers, and turns
 * planned {@link Turn}s into remarks whose lengths follow a log-normal distribution.
 */
final class Composer implements Template.Filler {
    /** Median remark length over a whole meeting, in characters. */
    static final double MEDIAN_LENGTH = 250;
    /** Spread of log-lengths: most speeches fall between a third and three times the median. */
    static final double SIGMA = 0.65;

    private static final Zipf THEME_RANKS = new Zipf(14, 1.0);
    private static final Zipf DISTRICT_RANKS = new Zipf(400, 1.05);

    final CorpusText text;
    final SeededRandom random;
    final int city;
    final String cityName;
    final LocalDate date;
    final int fiscalYear;
    final boolean fullWidth;
    private final String focusTheme;
    private final Zipf themeRanks;

    // Values of the placeholders that depend on the turn being written (who asks, which bill); set by writers.
    String seat;
    String name;
    String previousSeat;
    String previousName;
    String title;
    String questioner;
    String topic;
    String agendaNumber;
    String billNumber;
    String bill;
    String committee;
    String time;

    Composer(CorpusText text, SeededRandom random, int city, LocalDate date, String focusTheme, boolean fullWidth) {
        this.text = text;
        this.random = random;
        this.city = city;
        this.cityName = text.city(city);
        this.date = date;
        this.fiscalYear = Wareki.fiscalYearOf(date);
        this.focusTheme = focusTheme;
        this.fullWidth = fullWidth;
        this.themeRanks = text.themes.size() == THEME_RANKS.size() ? THEME_RANKS : new Zipf(text.themes.size(), 1.0);
    }

    /** A theme: the body's own one often, else by a Zipf law over all themes in a fixed order. */
    String theme() {
        if (focusTheme != null && random.chance(0.35)) {
            return focusTheme;
        }
        return text.themes.get(themeRanks.sample(random));
    }

    String render(Template template) {
        return template.render(this);
    }

    String procedure(String section) {
        return render(random.pick(text.procedure.section(section)));
    }

    @Override
    public void fill(Template.Slot slot, StringBuilder out) {
        switch (slot) {
            case CITY -> out.append(cityName);
            case DISTRICT -> out.append(text.district(city, DISTRICT_RANKS.sample(random)));
            case FACILITY -> out.append(text.facility(city, DISTRICT_RANKS.sample(random)));
            case ORGANISATION -> out.append(random.chance(0.2)
                    ? text.npo(city, DISTRICT_RANKS.sample(random))
                    : text.organisation(city, DISTRICT_RANKS.sample(random)));
            case NPO -> out.append(text.npo(city, DISTRICT_RANKS.sample(random)));
            case PROJECT -> out.append(text.project(city, DISTRICT_RANKS.sample(random)));
            case COUNT -> out.append(random.between(2, 30));
            case PEOPLE -> out.append(Math.round(Math.exp(Math.log(8) + random.nextDouble() * Math.log(400))));
            case AMOUNT -> amount(out);
            case RATE -> out.append(random.between(5, 95)).append('.').append(random.nextInt(10)).append('%');
            case FISCAL_YEAR -> out.append(Wareki.fiscalYear(fiscalYear + (random.chance(0.25) ? 1 : 0)));
            case PREVIOUS_YEAR -> out.append(Wareki.fiscalYear(fiscalYear - 1));
            case DATE -> {
                LocalDate d = date.plusDays(random.between(-60, 90));
                out.append(d.getMonthValue()).append('月').append(d.getDayOfMonth()).append('日');
            }
            case NAME -> {
                if (name != null) {
                    out.append(name);
                } else {
                    String[] person = text.person(city, random.nextLong());
                    out.append(person[0]).append(person[1]);
                }
            }
            case SECTION -> out.append(random.pick(text.sections));
            case QUESTIONER -> out.append(bound(questioner, slot));
            case TOPIC -> out.append(bound(topic, slot));
            case SEAT -> out.append(bound(seat, slot));
            case PREVIOUS_SEAT -> out.append(bound(previousSeat, slot));
            case PREVIOUS_NAME -> out.append(bound(previousName, slot));
            case TITLE -> out.append(bound(title, slot));
            case AGENDA_NUMBER -> out.append(bound(agendaNumber, slot));
            case BILL_NUMBER -> out.append(bound(billNumber, slot));
            case BILL -> out.append(bound(bill, slot));
            case COMMITTEE -> out.append(bound(committee, slot));
            case TIME -> out.append(bound(time, slot));
        }
    }

    private static String bound(String value, Template.Slot slot) {
        if (value == null) {
            throw new IllegalStateException("placeholder " + slot + " has no value where it is used");
        }
        return value;
    }

    /** Budget figures in 万円 rounded to two significant digits, as reports quote them. */
    private void amount(StringBuilder out) {
        long man = Math.round(Math.exp(Math.log(5) + random.nextDouble() * Math.log(8000)));
        long unit = 1;
        while (man / unit >= 100) {
            unit *= 10;
        }
        man = man / unit * unit;
        if (man >= 10_000) {
            out.append(String.format(Locale.ROOT, "%,d", man / 10_000)).append('億');
            if (man % 10_000 != 0) {
                out.append(String.format(Locale.ROOT, "%,d", man % 10_000)).append("万");
            }
            out.append('円');
        } else {
            out.append(String.format(Locale.ROOT, "%,d", man)).append("万円");
        }
    }

    /**
     * The texts of planned turns. Procedural turns keep their short text; speech lengths are log-normal with a
     * median raised by the share of procedural turns, so the meeting's median over all turns stays
     * {@link #MEDIAN_LENGTH}.
     */
    List<GeneratedRemark> realise(List<Turn> turns, int minSentences, int maxSentences) {
        long procedural = turns.stream().filter(t -> t.kind() != Turn.Kind.SPEECH).count();
        double mu = speechMu(turns.isEmpty() ? 0 : procedural / (double) turns.size());
        List<GeneratedRemark> remarks = new ArrayList<>(turns.size());
        for (Turn turn : turns) {
            String body = switch (turn.kind()) {
                case SPEECH -> String.join("\n", speech(turn, sampleLength(mu), minSentences, maxSentences));
                case BRIEF -> String.join("\n", speech(turn, random.between(20, 90), 2, 2));
                case PROCEDURE, NOMINATION -> turn.fixedText();
            };
            Speaker s = turn.speaker();
            remarks.add(new GeneratedRemark(remarks.size() + 1, s.role(), s.group().value(), s.name(), turn.inferred(),
                    fullWidth ? Wareki.fullWidth(body) : body));
        }
        return remarks;
    }

    static double speechMu(double proceduralShare) {
        double p = Math.max(0.05, Math.min(0.5, (0.5 - proceduralShare) / (1 - proceduralShare)));
        return Math.log(MEDIAN_LENGTH) - SIGMA * inverseNormal(p);
    }

    private int sampleLength(double mu) {
        return (int) Math.max(15, Math.min(5000, Math.exp(mu + SIGMA * random.nextGaussian())));
    }

    /** Sentences up to about the target length, grouped into paragraphs (or bullets) of a few sentences. */
    private List<String> speech(Turn turn, int target, int minSentences, int maxSentences) {
        List<String> sentences = new ArrayList<>();
        int total = 0;
        if (turn.opener() != null) {
            sentences.add(turn.opener());
            total += turn.opener().length();
        }
        int closing = turn.closer() == null ? 0 : turn.closer().length();
        StringBuilder next = new StringBuilder(96);
        List<Template> used = new ArrayList<>();
        for (int guard = 0; guard < 500; guard++) {
            int have = total + closing;
            if (have >= target) {
                break;
            }
            Template t = null;
            // a speaker does not repeat a sentence, and drifts to a neighbouring theme now and then
            for (int attempt = 0; attempt < 8 && (t == null || used.contains(t)); attempt++) {
                t = turn.pool().sentence(random.chance(0.8) ? turn.theme() : theme(), random);
            }
            next.setLength(0);
            t.render(this, next);
            // stop before a sentence that would overshoot the target by more than it is now short of it
            if (!sentences.isEmpty() && have + next.length() - target > target - have) {
                break;
            }
            sentences.add(next.toString());
            total += next.length();
            used.add(t);
        }
        if (turn.closer() != null) {
            sentences.add(turn.closer());
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); ) {
            int n = Math.min(sentences.size() - i, random.between(minSentences, maxSentences));
            paragraphs.add(String.join("", sentences.subList(i, i + n)));
            i += n;
        }
        return paragraphs;
    }

    /**
     * Appends at most {@code room} turns of a unit; a nomination is never left last when the nominee's turn
     * could follow, since a record does not end on "市長。" with no answer.
     */
    static int appendUnit(List<Turn> out, List<Turn> unit, int room) {
        int take = Math.min(room, unit.size());
        for (int i = 0; i < take; i++) {
            Turn t = unit.get(i);
            if (i == take - 1 && t.kind() == Turn.Kind.NOMINATION && i + 1 < unit.size()) {
                t = unit.get(i + 1);
            }
            out.add(t);
        }
        return take;
    }

    /** Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9). */
    static double inverseNormal(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("probability out of (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low || p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
            double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            return p < low ? x : -x;
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
