package jp.meetingsearch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word and sentence pools behind the generator, loaded once, plus the composition of place, organisation
 * and person names from morphemes: the number of distinct names grows with the corpus, as real vocabularies do.
 */
final class CorpusText {
    final List<String> surnames;
    final List<String> givenNames;
    final List<String> departments;
    final List<String> sections;
    final List<String> venues;
    final List<String> standingCommittees;
    /** Pairs of (theme key, body name) for the advisory bodies whose summaries are written. */
    final List<String[]> summaryBodies;
    /** Theme keys in file order, with the title a general question gives each. */
    final Map<String, String> themeTitles;
    final Map<String, String> themeDepartments;
    final Map<String, String> themeSections;
    final Map<String, List<Template>> agendaItems;
    final Map<String, List<Template>> bills;
    final List<String> themes;

    final SentencePool committee = SentencePool.load("committee");
    final SentencePool chair = SentencePool.load("chair");
    final SentencePool secretariat = SentencePool.load("secretariat");
    final SentencePool question = SentencePool.load("question");
    final SentencePool answer = SentencePool.load("answer");
    final SentencePool procedure = SentencePool.load("procedure");

    private final List<String> placeHeads;
    private final List<String> placeTails;
    private final List<String> districtPrefixes;
    private final List<String> organisationSuffixes;
    private final List<String> npoNouns;
    private final List<String> facilitySuffixes;
    private final List<String> projectHeads;
    private final List<String> projectTails;
    private final int[] headOrder;
    private final int[] tailOrder;
    private final long seed;

    CorpusText(long seed) {
        this.seed = seed;
        Map<String, List<Sections.Entry>> lexicon = Sections.read("corpus/lexicon.txt");
        surnames = words(lexicon, "surname");
        givenNames = words(lexicon, "given");
        placeHeads = words(lexicon, "place_head");
        placeTails = words(lexicon, "place_tail");
        districtPrefixes = words(lexicon, "district_prefix");
        organisationSuffixes = words(lexicon, "org_suffix");
        npoNouns = words(lexicon, "npo_noun");
        facilitySuffixes = words(lexicon, "facility_suffix");
        projectHeads = words(lexicon, "project_head");
        projectTails = words(lexicon, "project_tail");
        departments = words(lexicon, "department");
        sections = words(lexicon, "section");
        venues = words(lexicon, "venue");
        standingCommittees = words(lexicon, "standing_committee");
        summaryBodies = pairs(lexicon, "summary_body");
        themeTitles = keyed(lexicon, "theme_title");
        themeDepartments = keyed(lexicon, "theme_department");
        themeSections = keyed(lexicon, "theme_section");
        themes = List.copyOf(themeTitles.keySet());
        agendaItems = templatesByTheme(lexicon, "agenda_item");
        bills = templatesByTheme(lexicon, "bill");
        for (String theme : themes) {
            if (!themeDepartments.containsKey(theme) || !themeSections.containsKey(theme)
                    || !agendaItems.containsKey(theme)) {
                throw new IllegalStateException("corpus/lexicon.txt: theme " + theme
                        + " needs a department, a section and an agenda item");
            }
        }
        // Seed-dependent orders, so that two corpora with different seeds name different cities.
        SeededRandom random = SeededRandom.fork(seed, 1);
        headOrder = shuffledIndices(placeHeads.size(), random);
        tailOrder = shuffledIndices(placeTails.size(), random);
    }

    /** How many distinct city names {@link #city} can give. */
    int cityCapacity() {
        return placeHeads.size() * placeTails.size();
    }

    String city(int index) {
        int head = index % placeHeads.size();
        int tail = (index / placeHeads.size()) % placeTails.size();
        return placeHeads.get(headOrder[head]) + placeTails.get(tailOrder[tail]) + "市";
    }

    /** The district of a city at a popularity rank; the same (city, rank) always names the same place. */
    String district(int city, int rank) {
        long h = SeededRandom.mix(seed ^ SeededRandom.mix(city * 0x100000001B3L + rank + 7));
        String prefix = (h & 3) == 0 ? districtPrefixes.get(index(h >>> 2, districtPrefixes.size())) : "";
        return prefix + placeHeads.get(index(h >>> 12, placeHeads.size()))
                + placeTails.get(index(h >>> 28, placeTails.size()));
    }

    String facility(int city, int rank) {
        return district(city, rank) + facilitySuffixes.get(index(variant(city, rank, 1), facilitySuffixes.size()));
    }

    String organisation(int city, int rank) {
        return district(city, rank)
                + organisationSuffixes.get(index(variant(city, rank, 2), organisationSuffixes.size()));
    }

    String npo(int city, int rank) {
        return "ＮＰＯ法人" + district(city, rank) + npoNouns.get(index(variant(city, rank, 3), npoNouns.size()));
    }

    String project(int city, int rank) {
        long h = variant(city, rank, 4);
        String name = projectHeads.get(index(h, projectHeads.size()))
                + projectTails.get(index(h >>> 24, projectTails.size()));
        return (h >>> 60) < 8 ? district(city, rank) + name : name;
    }

    /** A person for a fixed key (city, body, term, seat), so rosters repeat across a body's meetings. */
    String[] person(long... key) {
        long h = SeededRandom.fork(seed, key).nextLong();
        return new String[] {surnames.get(index(h, surnames.size())), givenNames.get(index(h >>> 32, givenNames.size()))};
    }

    private long variant(int city, int rank, int kind) {
        return SeededRandom.mix(seed + SeededRandom.mix(city * 31L + rank * 0x9E3779B97F4A7C15L + kind));
    }

    private static int index(long hash, int size) {
        return (int) Long.remainderUnsigned(hash, size);
    }

    private static int[] shuffledIndices(int size, SeededRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static List<String> words(Map<String, List<Sections.Entry>> lexicon, String section) {
        List<Sections.Entry> entries = lexicon.get(section);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("corpus/lexicon.txt has no section [" + section + "]");
        }
        return entries.stream().map(Sections.Entry::text).toList();
    }

    private static List<String[]> pairs(Map<String, List<Sections.Entry>> lexicon, String section) {
        List<String[]> pairs = new ArrayList<>();
        for (Sections.Entry entry : lexicon.getOrDefault(section, List.of())) {
            int bar = entry.text().indexOf('|');
            if (bar <= 0 || bar == entry.text().length() - 1) {
                throw new IllegalStateException(entry.where() + ": expected key|value in [" + section + "]");
            }
            pairs.add(new String[] {entry.text().substring(0, bar), entry.text().substring(bar + 1)});
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("corpus/lexicon.txt has no section [" + section + "]");
        }
        return pairs;
    }

    private static Map<String, String> keyed(Map<String, List<Sections.Entry>> lexicon, String section) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs(lexicon, section).forEach(p -> map.put(p[0], p[1]));
        return map;
    }

    private static Map<String, List<Template>> templatesByTheme(Map<String, List<Sections.Entry>> lexicon,
            String section) {
        Map<String, List<Template>> map = new LinkedHashMap<>();
        for (Sections.Entry entry : lexicon.get(section)) {
            int bar = entry.text().indexOf('|');
            if (bar <= 0) {
                throw new IllegalStateException(entry.where() + ": expected theme|text in [" + section + "]");
            }
            Sections.Entry text = new Sections.Entry(entry.text().substring(bar + 1), entry.resource(), entry.line());
            map.computeIfAbsent(entry.text().substring(0, bar), k -> new ArrayList<>()).add(Template.parse(text));
        }
        return map;
    }
}
