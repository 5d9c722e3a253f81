package dev.coinid.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Free-text search over the entries' themes, country names and years. A query matches an entry
 * when every one of its words occurs somewhere in the entry's theme, country name or year of
 * issue, ignoring case and accents ({@code liberte} finds {@code Liberté}, {@code vatican 2006}
 * finds the Vatican's coins of 2006). Words may be parts of words: {@code olymp} finds both
 * {@code Olympic} and {@code Olympics}. Built once per catalog.
 */
final class TextSearch {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<CatalogEntry> entries;
    /** Each entry's folded text, made at the first search: folding loads Unicode tables that a catalog used only for look-ups never needs. */
    private volatile List<String> texts;

    /** @param entries the entries to search, in the order results are to be given */
    TextSearch(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    private List<String> texts() {
        List<String> folded = texts;
        if (folded == null) {
            folded = entries.stream().map(entry -> fold(entry.theme() + " " + entry.countryName() + " " + entry.year())).toList();
            texts = folded;
        }
        return folded;
    }

    /**
     * The entries matching every word of the query, in the order given at construction.
     *
     * @throws IllegalArgumentException when the query holds no word at all
     */
    List<CatalogEntry> find(String query) {
        List<String> words = Arrays.stream(NOT_A_WORD.split(fold(query)))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one word, was '" + query + "'");
        }
        List<String> texts = texts();
        return IntStream.range(0, entries.size())
                .filter(i -> words.stream().allMatch(texts.get(i)::contains))
                .mapToObj(entries::get)
                .toList();
    }

    private static String fold(String text) {
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return withoutAccents.toLowerCase(Locale.ROOT);
    }
}
