package jp.meetingsearch.thesaurus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Filters SudachiDict's synonym dictionary (the JSON of the npm package {@code sudachi-synonyms-dictionary}) to the
 * vocabulary of municipal meetings and writes it in the format of {@code mappings/synonyms.txt}:
 *
 * <ol>
 * <li>an entry is dropped when SudachiDict says never to expand it (展開制御 2), when it is marked as a mistake
 *     (間違い, 間違い表記), when it is a single character, when it is in Latin letters without being an abbreviation
 *     (kid, trash: minutes are written in Japanese), and when all its field tags are outside municipal affairs
 *     ({@link #OFF_TOPIC}: company, shop, product and brand names, people's and characters' names, universities,
 *     cooking, fashion, beauty, music, entertainment, sports, plants and animals, colours, chemistry, place and
 *     country names); an entry without tags is kept;</li>
 * <li>a group is kept when two or more of its entries are left and one of them may start an expansion (展開制御 0);
 *     it becomes one line: the entries that may start an expansion, {@code =>}, every entry left, in SudachiDict's
 *     order (its representative word first, then its spellings and abbreviations, then the other words of the
 *     group; nouns and the verbs of the same group together, so 取り扱い also searches 取り扱う).</li>
 * </ol>
 *
 * <p>Usage: {@code SudachiSynonymsFilter <sudachi-synonyms-dictionary.json> <out.txt> <version>}.
 */
public final class SudachiSynonymsFilter {
    /** Field tags (分野) whose entries are not the vocabulary of municipal meetings. */
    static final Set<String> OFF_TOPIC = Set.of("企業名", "旧企業名", "店", "店名", "商品", "人名", "キャラ", "大学名",
            "料理", "ファッション", "美容", "音楽", "娯楽", "スポーツ", "動植物", "色", "化学", "地名", "国名", "不快");

    private SudachiSynonymsFilter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SudachiSynonymsFilter <sudachi-synonyms-dictionary.json> <out.txt> <version>");
            System.exit(2);
        }
        JsonNode groups = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        List<String> lines = filter(groups);
        List<String> out = new ArrayList<>(header(args[2], groups.size(), lines.size()));
        out.addAll(lines);
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.println(lines.size() + " of " + groups.size() + " groups written to " + args[1]);
    }

    static List<String> header(String version, int groups, int kept) {
        return List.of(
                "# SudachiDict synonym dictionary, filtered to the vocabulary of municipal meetings.",
                "# Source: the npm package sudachi-synonyms-dictionary " + version
                        + " (SudachiDict's src/main/text/synonyms.txt as JSON),",
                "# Copyright (c) Works Applications Co., Ltd., Apache License 2.0 (LICENSE beside this file).",
                "# Made by jp.meetingsearch.thesaurus.SudachiSynonymsFilter (the rule is in README.md beside this file):",
                "# " + kept + " of " + groups + " groups. Do not edit: regenerate it, and put local words in mappings/synonyms.txt.",
                "# Format as in mappings/synonyms.txt; the service applies these rules to whole query words only.");
    }

    /** The kept groups, one rule line each. */
    static List<String> filter(JsonNode groups) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : groups) {
            Set<String> all = new LinkedHashSet<>();
            Set<String> triggers = new LinkedHashSet<>();
            for (JsonNode item : g.path("items")) {
                String word = item.path("midashi").asText().strip();
                if (!kept(item, word)) {
                    continue;
                }
                all.add(word);
                if (item.path("expandControl").asInt() == 0) {
                    triggers.add(word);
                }
            }
            if (all.size() >= 2 && !triggers.isEmpty()) {
                out.add(triggers.equals(all) ? String.join(", ", all)
                        : String.join(", ", triggers) + " => " + String.join(", ", all));
            }
        }
        return out;
    }

    private static boolean kept(JsonNode item, String word) {
        if (item.path("expandControl").asInt() == 2 || word.codePointCount(0, word.length()) < 2
                || word.matches(".*[,、，#].*") || word.contains("=>")) {
            // the separators and the comment mark of the rules format cannot stand in an entry
            return false;
        }
        if (item.path("gokeiSyubetsu").asText().equals("間違い") || item.path("hyoukiYure").asText().equals("間違い表記")) {
            return false;
        }
        boolean latin = word.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        if (latin && !item.path("ryakusyou").asText().contains("アルファベット")) {
            return false;
        }
        List<String> tags = new ArrayList<>();
        item.path("bunya").forEach(t -> tags.add(t.asText()));
        return tags.isEmpty() || tags.stream().anyMatch(t -> !OFF_TOPIC.contains(t));
    }
}
