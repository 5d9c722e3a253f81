package dev.coinid.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A catalog of 2-euro coins: every entry with its facts, and the look-ups a collector needs
 * (by id, by country and year, by type, by joint issue, by free text) and the rarity of a coin.
 *
 * <p>{@link #bundled()} gives the catalog shipped with coinid: 620 commemorative coins of
 * 2004-2026 and 40 regular national-side designs, with issue dates, designers and mintage tables
 * from Open Coin Data by Coinection (https://coinection.eu), CC BY 4.0. {@link #read(Path)} reads a catalog of your
 * own in the same JSON format, and rejects it with a {@link CatalogException} naming the line,
 * or the record and field, when it breaks a rule. A catalog is immutable and safe to share
 * between threads. Entries come in a stable order: commemoratives before regular designs, then
 * by year, country code and id.
 */
public final class CoinCatalog implements Iterable<CatalogEntry> {

    /** The newest catalog schema this version of coinid reads. */
    public static final int SUPPORTED_SCHEMA_VERSION = 2;

    private static final String BUNDLED_RESOURCE = "euro2-catalog.json";

    private static final Comparator<CatalogEntry> CATALOG_ORDER = Comparator.comparing(CatalogEntry::type)
            .thenComparingInt(CatalogEntry::year)
            .thenComparing(CatalogEntry::countryCode)
            .thenComparing(CatalogEntry::id);

    private final String source;
    private final int schemaVersion;
    private final Optional<String> sourceNote;
    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> entriesById;
    private final TextSearch textSearch;
    private final MintageRanking mintageRanking;

    CoinCatalog(String source, int schemaVersion, Optional<String> sourceNote, List<CatalogEntry> entries) {
        this.source = Objects.requireNonNull(source, "source");
        this.schemaVersion = schemaVersion;
        this.sourceNote = Objects.requireNonNull(sourceNote, "sourceNote");
        this.entries = entries.stream().sorted(CATALOG_ORDER).toList();
        this.entriesById = this.entries.stream()
                .collect(Collectors.toUnmodifiableMap(CatalogEntry::id, Function.identity()));
        this.textSearch = new TextSearch(this.entries);
        this.mintageRanking = new MintageRanking(this.entries);
    }

    /** The catalog shipped with coinid, read once and then shared. */
    public static CoinCatalog bundled() {
        return Bundled.CATALOG;
    }

    /**
     * Reads a catalog from a JSON file.
     *
     * @throws CatalogException when the file is missing, unreadable or breaks a catalog rule
     */
    public static CoinCatalog read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CatalogException(file.toString(), "no such catalog file", e);
        } catch (IOException e) {
            throw new CatalogException(file.toString(), "could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog from a JSON stream, which is left open.
     *
     * @param sourceName what to call the stream in messages, such as a file or resource name
     * @throws CatalogException when the stream is unreadable or breaks a catalog rule
     */
    public static CoinCatalog read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return new CatalogReader(Year.now()).read(in, sourceName);
    }

    /** Where this catalog was read from, as messages name it. */
    public String source() {
        return source;
    }

    /** The schema version the catalog was written in. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The catalog's own note on where its facts come from, if it has one. */
    public Optional<String> sourceNote() {
        return sourceNote;
    }

    /** How many entries the catalog holds. */
    public int size() {
        return entries.size();
    }

    /** Every entry, in catalog order. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Every entry, in catalog order. */
    public Stream<CatalogEntry> stream() {
        return entries.stream();
    }

    @Override
    public Iterator<CatalogEntry> iterator() {
        return entries.iterator();
    }

    /** The entry with this id, if the catalog holds one. */
    public Optional<CatalogEntry> byId(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    /** The entries of one country, by ISO 3166-1 alpha-2 code in either case ({@code gr}, {@code GR}). */
    public List<CatalogEntry> byCountry(String countryCode) {
        String code = countryCode.toLowerCase(Locale.ROOT);
        return select(entry -> entry.countryCode().equals(code));
    }

    /**
     * The entries of one country in one year: its commemoratives of that year, and a regular design
     * whose series began that year.
     */
    public List<CatalogEntry> byCountryAndYear(String countryCode, int year) {
        String code = countryCode.toLowerCase(Locale.ROOT);
        return select(entry -> entry.countryCode().equals(code) && entry.year() == year);
    }

    /** The commemoratives, or the regular designs. */
    public List<CatalogEntry> byType(CoinType type) {
        Objects.requireNonNull(type, "type");
        return select(entry -> entry.type() == type);
    }

    /** The coins of one joint issue, by its theme key (for example {@code emu-10}); empty if none. */
    public List<CatalogEntry> jointIssue(String jointTheme) {
        Objects.requireNonNull(jointTheme, "jointTheme");
        return select(entry -> entry.jointIssue().map(JointIssue::theme).filter(jointTheme::equals).isPresent());
    }

    /**
     * The entries whose theme, country name or year of issue contains every word of the query,
     * ignoring case and accents: {@code "olympic athens"} finds Greece's 2004 and 2011 coins,
     * {@code "vatican 2006"} the Vatican's coin of 2006.
     *
     * @throws IllegalArgumentException when the query holds no word
     */
    public List<CatalogEntry> search(String query) {
        Objects.requireNonNull(query, "query");
        return textSearch.find(query);
    }

    /**
     * How rare a coin is: its mintage and its rank by lowest mintage among this catalog's
     * commemoratives of known mintage. Regular designs and coins of unknown mintage have no rank.
     */
    public Rarity rarityOf(CatalogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return mintageRanking.rarityOf(entry);
    }

    @Override
    public String toString() {
        return "CoinCatalog[" + source + ", " + entries.size() + " entries]";
    }

    private List<CatalogEntry> select(Predicate<CatalogEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Holds the bundled catalog, read the first time {@link #bundled()} is called. */
    private static final class Bundled {

        private static final Year NEWEST_BUNDLED_YEAR = Year.of(2026);

        static final CoinCatalog CATALOG = load();

        private static CoinCatalog load() {
            String name = "bundled " + BUNDLED_RESOURCE;
            try (InputStream in = CoinCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new CatalogException(name, "resource missing from the coin-catalog jar");
                }
                // The bundled facts are checked by the tests; a machine whose clock lags behind
                // the newest coin in them must still be able to load them.
                Year latestYear = Year.now().isAfter(NEWEST_BUNDLED_YEAR) ? Year.now() : NEWEST_BUNDLED_YEAR;
                return new CatalogReader(latestYear).read(in, name);
            } catch (IOException e) {
                throw new CatalogException(name, "could not be read: " + e.getMessage(), e);
            }
        }
    }
}
