package dev.coinid.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One coin in the catalog: a commemorative 2-euro issue, or a country's regular national-side
 * design. Facts that the sources do not always give (mintage, joint issue, reference picture)
 * are optional rather than null.
 *
 * @param id the catalog id, unique in its catalog, for example
 *     {@code gr-2004-olympic-games-in-athens-2004}
 * @param countryCode the issuing country's ISO 3166-1 alpha-2 code in lower case (see
 *     {@link EuroCountry})
 * @param countryName the issuing country's English name, for example {@code Vatican City}
 * @param year the year of issue; for a regular design, the first year of its series
 * @param denomination the face value as the catalog writes it, for example {@code 2 EUR}
 * @param type commemorative or regular
 * @param theme the short title of the commemorated event, or of the regular design's motif
 * @param issueDate the day the coin was first issued, where the source gives a full date
 * @param designer who designed the national side, where known
 * @param mintage how many coins were struck in all qualities (circulation, brilliant uncirculated
 *     and proof, over every year and mint), where published; the ranking of {@link Rarity} uses it
 * @param mintages the mintage table by year and mint mark, as the source gives it; empty when
 *     the catalog has none
 * @param jointIssue the joint issue the coin belongs to, if any
 * @param seriesStartYear for a regular design, the year its series began, as published
 * @param referenceImage the ECB's reference picture of the coin, if it has one
 * @param sourceId the coin's id in Open Coin Data (for example {@code PT-2019-200-002-C}), where
 *     its facts come from there
 * @param note a remark on doubtful or odd source data, if any
 */
public record CatalogEntry(
        String id,
        String countryCode,
        String countryName,
        int year,
        String denomination,
        CoinType type,
        String theme,
        Optional<LocalDate> issueDate,
        Optional<String> designer,
        OptionalLong mintage,
        List<Mintage> mintages,
        Optional<JointIssue> jointIssue,
        OptionalInt seriesStartYear,
        Optional<ReferenceImage> referenceImage,
        Optional<String> sourceId,
        Optional<String> note) {

    private static final Pattern WHOLE_EUROS = Pattern.compile("(\\d+) EUR");

    public CatalogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(countryName, "countryName");
        Objects.requireNonNull(denomination, "denomination");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(designer, "designer");
        Objects.requireNonNull(mintage, "mintage");
        mintages = List.copyOf(mintages);
        Objects.requireNonNull(jointIssue, "jointIssue");
        Objects.requireNonNull(seriesStartYear, "seriesStartYear");
        Objects.requireNonNull(referenceImage, "referenceImage");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(note, "note");
    }

    /**
     * How many coins were struck for circulation: the sum of the mintage table's circulated
     * figures, empty when the table gives none. {@link #mintage()} counts every quality.
     */
    public OptionalLong circulatedMintage() {
        long[] figures = mintages.stream().map(Mintage::circulated).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).toArray();
        return figures.length == 0 ? OptionalLong.empty() : OptionalLong.of(java.util.Arrays.stream(figures).sum());
    }

    /** Whether this is a commemorative issue rather than a regular national-side design. */
    public boolean isCommemorative() {
        return type == CoinType.COMMEMORATIVE;
    }

    /**
     * The coin in one line: {@code Commemorative 2-euro coin, Greece 2004: Olympic Games in
     * Athens 2004}, or for a regular design {@code Regular 2-euro coin, France (design since 1999):
     * Tree of life with Liberté Égalité Fraternité}.
     */
    public String describe() {
        String coin = denominationInWords() + " coin, " + countryName;
        return isCommemorative()
                ? "Commemorative " + coin + " " + year + ": " + theme
                : "Regular " + coin + " (design since " + seriesStartYear.orElse(year) + "): " + theme;
    }

    /** {@code 2 EUR} as {@code 2-euro}; any other denomination as the catalog writes it. */
    private String denominationInWords() {
        Matcher euros = WHOLE_EUROS.matcher(denomination);
        return euros.matches() ? euros.group(1) + "-euro" : denomination;
    }
}
