package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How much of its catalog an index can name: the catalog's designs (a euro-area common issue is
 * one design) that have at least one reference picture, and the coins whose design has none.
 *
 * @param coveredDesigns the catalog designs with a reference picture in the index
 * @param catalogDesigns the designs of the catalog
 * @param missing the catalog's coins whose design has no reference picture, in catalog order
 */
public record IndexCoverage(int coveredDesigns, int catalogDesigns, List<CatalogEntry> missing) {

    public IndexCoverage {
        Objects.requireNonNull(missing, "missing");
        missing = List.copyOf(missing);
        if (coveredDesigns < 0 || coveredDesigns > catalogDesigns) {
            throw new IllegalArgumentException(coveredDesigns + " of " + catalogDesigns + " designs");
        }
    }

    /** The share of the catalog's designs the index covers, 0..1. */
    public double fraction() {
        return catalogDesigns == 0 ? 0 : coveredDesigns / (double) catalogDesigns;
    }

    /**
     * The coverage in words: {@code 649 of 651 catalog designs (99.7%); missing: 2026 Vatican City,
     * Malta}, the missing coins grouped by year, each year's countries listed once.
     */
    public String describe() {
        String covered = String.format(Locale.ROOT, "%d of %d catalog designs (%.1f%%)", coveredDesigns, catalogDesigns,
                100 * fraction());
        if (missing.isEmpty()) {
            return covered;
        }
        Map<Integer, List<String>> byYear = missing.stream().collect(Collectors.groupingBy(CatalogEntry::year,
                TreeMap::new, Collectors.mapping(CatalogEntry::countryName,
                        Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new), List::copyOf))));
        return covered + "; missing: " + byYear.entrySet().stream()
                .map(year -> year.getKey() + " " + String.join(", ", year.getValue()))
                .collect(Collectors.joining("; "));
    }
}
