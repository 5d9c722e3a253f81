package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.error.CoinIdException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.RgbImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An index of 2-euro designs built from reference pictures (one per catalogued coin is enough),
 * which tells which design a photo shows, or that it shows none of them.
 *
 * <pre>{@code
 * DesignIndex index = DesignIndex.builder().build(List.of(Path.of("gallery")));
 * index.save(Path.of("my-index"));
 * Identification id = DesignIndex.load(Path.of("my-index")).identify(Path.of("coin.jpg"));
 * System.out.println(id.describe());
 * }</pre>
 *
 * <p>Each picture is reduced to a description of where the coin's edges run, in polar
 * coordinates around the coin's centre ({@link PolarGradientHistogram}); a photo is compared with
 * every reference at every turn at once ({@link RotationCorrelation}), so the coin may lie at any
 * angle, anywhere in the photo, at any size from a quarter of the photo's shorter side. Coins of a
 * euro-area common issue share one design and are ranked as one. The first few designs of that
 * fast ranking are then verified ({@link #withVerification}): the photo's coin is fitted to each
 * design's reference and the cells that agree on where the edges run are counted.
 *
 * <p>An index is immutable and thread-safe; it holds no native resources.
 */
public final class DesignIndex {

    /**
     * The score from which the best design is accepted as the photo's unless told otherwise: seven
     * deviations above the other designs on the fast ranking, or, verified, three deviations of
     * chance agreement with a lead of one and a half over the next design (see
     * docs/identification.md for the operating points).
     */
    public static final double DEFAULT_ACCEPT_AT = 0.5;

    /** How many candidates an identification lists unless told otherwise. */
    public static final int DEFAULT_CANDIDATES = 5;

    /** For every coin of a photo: all its pixels, since a coin may be a twentieth of it across. */
    private static final ImageDecoder DECODER = ImageDecoder.defaults();
    /** For the one coin of a photo: a large JPEG read at reduced scale, down to what {@link CoinView} needs. */
    private static final ImageDecoder SINGLE_COIN_DECODER = ImageDecoder.defaults()
            .withSubsampledJpeg(CoinView.NEEDED_SHORTER_SIDE);

    private final CoinCatalog catalog;
    private final List<IndexedReference> references;
    /** The designs in first-seen order, and for each reference the index of its design. */
    private final List<String> designs;
    private final int[] designOf;
    private final float[][] spectra;
    /** Each reference's usual correlation with pictures of other designs: its mean and deviation ({@link ReferenceNorms}). */
    private final ReferenceNorms norms;
    private final int candidates;
    /** The best design's score from which it is accepted (the photo "known"). */
    private final double acceptAt;
    /** The common side's pictures, to tell a photo of it from one of no known design (none: never told). */
    private final CommonSides commonSides;
    /** How photos are seen: their coin's rim always a circle, or an ellipse where the coin is tilted. */
    private final CoinView view;
    /** Whether the shortlist's designs are verified ({@link ShortlistVerifier}) before one is accepted. */
    private final boolean verifies;
    /** How many cells agree by chance in a verification, measured when the index was built. */
    private final VerificationChance chance;

    /** An index of these references, their norms measured against each other (an O(n^2) pass, in parallel). */
    DesignIndex(CoinCatalog catalog, List<IndexedReference> references) {
        this(catalog, references, null);
    }

    /** An index of these references with norms measured before ({@code null}: measure them now). */
    DesignIndex(CoinCatalog catalog, List<IndexedReference> references, ReferenceNorms norms) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (references.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one reference");
        }
        if (norms != null && norms.size() != references.size()) {
            throw new IllegalArgumentException(norms.size() + " norms for " + references.size() + " references");
        }
        this.references = List.copyOf(references);
        this.candidates = DEFAULT_CANDIDATES;
        this.acceptAt = DEFAULT_ACCEPT_AT;
        this.commonSides = CommonSides.NONE;
        this.view = CoinView.squareOn();
        this.verifies = true;
        this.chance = VerificationChance.BUNDLED;
        Map<String, Integer> designIndex = new LinkedHashMap<>();
        designOf = new int[references.size()];
        spectra = new float[references.size()][];
        for (int r = 0; r < references.size(); r++) {
            IndexedReference reference = references.get(r);
            designOf[r] = designIndex.computeIfAbsent(reference.design(), d -> designIndex.size());
            spectra[r] = reference.spectrum();
        }
        designs = List.copyOf(designIndex.keySet());
        this.norms = norms != null ? norms : ReferenceNorms.of(spectra, designOf);
    }

    private DesignIndex(DesignIndex other, int candidates, double acceptAt, CoinView view) {
        this(other, candidates, acceptAt, view, other.commonSides, other.verifies, other.chance);
    }

    private DesignIndex(DesignIndex other, int candidates, double acceptAt, CoinView view, CommonSides commonSides,
                        boolean verifies, VerificationChance chance) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
        if (!(acceptAt > 0 && acceptAt < 1)) {
            throw new IllegalArgumentException("acceptAt must lie strictly between 0 and 1, was " + acceptAt);
        }
        this.acceptAt = acceptAt;
        this.view = view;
        this.commonSides = commonSides;
        this.verifies = verifies;
        this.chance = Objects.requireNonNull(chance, "chance");
        this.catalog = other.catalog;
        this.references = other.references;
        this.designs = other.designs;
        this.designOf = other.designOf;
        this.spectra = other.spectra;
        this.norms = other.norms;
        this.candidates = candidates;
    }

    /**
     * The index of every 2-euro design that coinid ships (module {@code coin-references}: one
     * Open Coin Data picture per catalog coin), with the bundled catalog. Loaded on the first call
     * and shared after it. Without {@code coin-references} on the class or module path, an
     * {@link IndexFormatException} that says to add it.
     */
    public static DesignIndex bundled() {
        return BundledIndex.get();
    }

    /** A builder of an index from reference pictures, with the bundled catalog. */
    public static DesignIndexBuilder builder() {
        return new DesignIndexBuilder();
    }

    /**
     * Loads an index saved with {@link #save}, checking its format version and checksum, with the
     * bundled catalog. Throws {@link IndexFormatException} naming the directory when it cannot.
     */
    public static DesignIndex load(Path directory) {
        return load(directory, CoinCatalog.bundled());
    }

    /** Loads an index saved with {@link #save}, looking its coins up in {@code catalog}. */
    public static DesignIndex load(Path directory, CoinCatalog catalog) {
        return IndexDirectory.read(directory, catalog);
    }

    /**
     * Loads an index packaged in a jar (as coin-references packages the bundled one), looking its
     * coins up in {@code catalog}; not cached: {@link #bundled()} is the shared bundled index.
     */
    public static DesignIndex load(PackagedIndex packaged, CoinCatalog catalog) {
        return IndexDirectory.read(IndexFiles.of(packaged), catalog);
    }

    /**
     * Saves the index into {@code directory} (created, or replaced if it holds an index): written
     * under a temporary name and moved into place, so a reader never sees half an index.
     */
    public void save(Path directory) {
        IndexDirectory.write(directory, this);
    }

    /**
     * The same index listing {@code n} candidates per identification (default {@value
     * #DEFAULT_CANDIDATES}): a choice of the call, not of the index, so it is not saved.
     */
    public DesignIndex withCandidates(int n) {
        return n == candidates ? this : new DesignIndex(this, n, acceptAt, view);
    }

    /**
     * The same index without the pictures of the coin {@code catalogId} (to take a coin out, or to
     * test how a coin is recognised from the other pictures of its design).
     */
    public DesignIndex without(String catalogId) {
        List<IndexedReference> kept = references.stream().filter(r -> !r.catalogId().equals(catalogId)).toList();
        if (kept.size() == references.size()) {
            throw new IllegalArgumentException(catalogId + " has no picture in this index");
        }
        return new DesignIndex(catalog, kept).withCandidates(candidates).withTiltCorrection(correctsTilt()).withAcceptAt(acceptAt)
                .withCommonSides(commonSides.pictures(), commonSides.spectra()).withChance(chance)
                .withVerification(verifies);
    }

    /**
     * The same index, finding the coin in a photo as a tilted one too ({@code true}): its rim may
     * be an ellipse where the coin was photographed at a slant, and the coin is then cut out flat
     * again, the perspective of a close-up undone, both ways round (which half was the nearer),
     * and compared as the circle would be; the reading a design matches best is kept. For photos
     * taken at an angle (a coin on a table, up to about 45 degrees, in any direction); it takes
     * several times longer. See docs/identification.md for what it gains.
     */
    public DesignIndex withTiltCorrection(boolean correct) {
        return correct == view.correctsTilt() ? this
                : new DesignIndex(this, candidates, acceptAt, correct ? CoinView.tiltCorrecting() : CoinView.squareOn());
    }

    /**
     * The same index accepting the best design from {@code score} on (strictly between 0 and 1;
     * default {@value #DEFAULT_ACCEPT_AT}): higher refuses more right answers and accepts fewer
     * wrong ones. Saved with the index.
     */
    public DesignIndex withAcceptAt(double score) {
        return score == acceptAt ? this : new DesignIndex(this, candidates, score, view);
    }

    /** The best design's score from which the index accepts it ({@link #withAcceptAt}). */
    public double acceptAt() {
        return acceptAt;
    }

    /** Whether the index finds the coin in a photo as a tilted one too ({@link #withTiltCorrection}). */
    public boolean correctsTilt() {
        return view.correctsTilt();
    }

    /** How many candidates an identification lists. */
    public int candidates() {
        return candidates;
    }

    /** The catalog the index looks its coins up in. */
    public CoinCatalog catalog() {
        return catalog;
    }

    /** How many reference pictures the index holds. */
    public int size() {
        return references.size();
    }

    /** The designs the index knows: joint themes for common issues, catalog ids otherwise. */
    public List<String> designs() {
        return designs;
    }

    /** The catalog ids the index has a reference picture of, each once. */
    public List<String> catalogIds() {
        return references.stream().map(IndexedReference::catalogId).distinct().toList();
    }

    /** Which of its catalog's designs the index can name, and which coins it cannot. */
    public IndexCoverage coverage() {
        Set<String> indexed = new HashSet<>(designs);
        Set<String> catalogDesigns = new HashSet<>();
        List<CatalogEntry> missing = new ArrayList<>();
        for (CatalogEntry entry : catalog) {
            String design = designOf(entry);
            catalogDesigns.add(design);
            if (!indexed.contains(design)) {
                missing.add(entry);
            }
        }
        int covered = (int) catalogDesigns.stream().filter(indexed::contains).count();
        return new IndexCoverage(covered, catalogDesigns.size(), missing);
    }

    List<IndexedReference> references() {
        return references;
    }

    ReferenceNorms norms() {
        return norms;
    }

    CommonSides commonSides() {
        return commonSides;
    }

    /** The same index telling photos of the common side by these pictures (names and spectra). */
    DesignIndex withCommonSides(List<String> pictures, List<float[]> sideSpectra) {
        return new DesignIndex(this, candidates, acceptAt, view, CommonSides.of(pictures, sideSpectra, spectra),
                verifies, chance);
    }

    /** The same index with this chance level of verification (measured at build, or read from a saved index). */
    DesignIndex withChance(VerificationChance measured) {
        return new DesignIndex(this, candidates, acceptAt, view, commonSides, verifies, measured);
    }

    /** How many cells agree by chance when the index verifies a design the photo does not show. */
    VerificationChance chance() {
        return chance;
    }

    /**
     * The same index verifying ({@code true}, the default) the designs its fast shortlist ranks
     * highest before it accepts one, or not ({@code false}: the fast score alone decides, as
     * before verification came). Verified, the photo's coin is fitted to each of those designs'
     * references (shift, scale, stretch, fine turn) and the cells whose edge direction agree are
     * counted against how many agree by chance (measured when the index was built); a design's
     * score is the better of the fast score and the verification's, which needs that evidence and
     * a lead over the next design. It accepts many more tilted photos and costs a few fits per
     * photo; see docs/identification.md.
     */
    public DesignIndex withVerification(boolean verify) {
        return verify == verifies ? this
                : new DesignIndex(this, candidates, acceptAt, view, commonSides, verify, chance);
    }

    /** Whether the index verifies its shortlist before it accepts a design ({@link #withVerification}). */
    public boolean verifies() {
        return verifies;
    }

    /** Whether the index can tell a photo of the common side ({@link Side#COMMON}) from one of no known design. */
    public boolean knowsTheCommonSide() {
        return !commonSides.isEmpty();
    }

    /**
     * Identifies the coin in one photo, wherever it comes from ({@link ImageSource#of}); a photo that
     * cannot be read is a {@link dev.coinid.error.CoinIdException} naming it.
     */
    public Identification identify(ImageSource photo) {
        return identify(photo.name(), photo.load(SINGLE_COIN_DECODER));
    }

    /**
     * Identifies the coins of many photos, in parallel on all cores; one outcome per photo, in order:
     * its identification, or the error (a {@code CoinIdException} naming it) that kept it from one.
     */
    public List<Outcome<Identification>> identifyAll(List<? extends ImageSource> photos) {
        return photos.parallelStream().map(photo -> {
            try {
                return Outcome.of(photo.name(), identify(photo));
            } catch (CoinIdException e) {
                return Outcome.<Identification>failed(photo.name(), e);
            }
        }).toList();
    }

    /**
     * Finds every coin in a photo of several (a purse emptied on a table) and tells, for each, where
     * it lies, whether it can be a 2-euro coin and, for one that can, its side and design as
     * {@link #identify(ImageSource)} tells them for a photo of one coin; coins in reading order. An
     * unreadable photo is a {@link dev.coinid.error.CoinIdException} naming it. {@code identify}
     * keeps answering for the one coin a photo shows.
     */
    public CoinsInPhoto identifyEvery(ImageSource photo) {
        return EveryCoinReader.read(this, photo.name(), photo.load(DECODER));
    }

    private Identification identify(String name, RgbImage photo) {
        Sighting sighting = view.sightings(photo).stream().map(this::sighting)
                .max(Comparator.comparingDouble(Sighting::standing)).orElseThrow();
        CoinView.Seen seen = sighting.seen();
        Shortlist shortlist = sighting.shortlist();
        int[] ranking = shortlist.ranking();
        double[] scores = DesignScorer.scores(shortlist.designCorrelation(), ranking[0]);
        double shortlistBest = scores[ranking[0]];
        if (verifies) {
            ranking = verify(seen, shortlist, scores);
        }
        RotationCorrelation.Turn[] turns = shortlist.turns();
        List<Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(candidates, ranking.length); i++) {
            int d = ranking[i];
            int r = shortlist.closestReference()[d];
            ranked.add(new Candidate(references.get(r).catalogId(), designs.get(d), scores[d],
                    turns[r].correlation(), turns[r].degrees()));
        }
        double commonSide = commonSides.isEmpty() ? 0
                : DesignScorer.scoreAgainst(sighting.commonSide(), shortlist.designCorrelation());
        if (commonSide >= acceptAt && commonSide > shortlistBest) {
            return new Identification(name, false, ranked, Optional.empty(), List.of(), Side.COMMON);
        }
        if (ranked.get(0).score() < acceptAt) {
            return new Identification(name, false, ranked, Optional.empty(), List.of(), Side.UNKNOWN);
        }
        CatalogEntry closest = catalog.byId(ranked.get(0).catalogId()).orElseThrow();
        CountryReading.Verdict verdict = CountryReading.read(issuersOf(closest),
                CountryReading.bestPerCoin(references, designOf, ranking[0], turns));
        return new Identification(name, true, ranked, verdict.coin(), verdict.coins(), Side.NATIONAL);
    }

    /**
     * One way of seeing a photo's coin ({@link CoinView#sightings}) ranked against the index.
     *
     * @param commonSide its best correlation with a common side, on that picture's scale
     *                   (-infinity for an index without the common side's pictures)
     * @param standing how far its best design, or the common side where it stands higher, stands
     *                 above the designs, in deviations: what picks the sighting, so that the
     *                 common side gets the same choice of views as a design
     */
    private record Sighting(CoinView.Seen seen, Shortlist shortlist, double commonSide, double standing) {
    }

    private Sighting sighting(CoinView.Seen seen) {
        float[] spectrum = RotationCorrelation.spectrum(seen.description());
        Shortlist shortlist = shortlist(spectrum);
        double commonSide = commonSides.isEmpty() ? Double.NEGATIVE_INFINITY : commonSides.bestNormalised(spectrum);
        double standing = Math.max(DesignScorer.standing(shortlist.designCorrelation(), shortlist.ranking()[0]),
                DesignScorer.standingAgainst(commonSide, shortlist.designCorrelation()));
        return new Sighting(seen, shortlist, commonSide, standing);
    }

    /**
     * The fast ranking of a photo's spectrum against every reference at every turn.
     *
     * @param designCorrelation each design's best correlation, on its reference's own scale
     * @param ranking the designs, best first
     * @param closestReference each design's reference closest to the photo, raw (what names the coin)
     * @param bestReference each design's reference that ranked it (on its own scale)
     * @param turns each reference's best turn against the photo
     */
    record Shortlist(double[] designCorrelation, int[] ranking, int[] closestReference, int[] bestReference,
                     RotationCorrelation.Turn[] turns) {
    }

    Shortlist shortlist(float[] spectrum) {
        double[] designCorrelation = new double[designs.size()];
        int[] closestReference = new int[designs.size()];
        int[] bestReference = new int[designs.size()];
        RotationCorrelation.Turn[] turns = new RotationCorrelation.Turn[references.size()];
        java.util.Arrays.fill(designCorrelation, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(closestReference, -1);
        for (int r = 0; r < references.size(); r++) {
            turns[r] = RotationCorrelation.best(spectrum, spectra[r]);
            int d = designOf[r];
            // the design is ranked by its best reference on that reference's own scale ...
            double normalised = norms.normalise(r, turns[r].correlation());
            if (normalised > designCorrelation[d]) {
                designCorrelation[d] = normalised;
                bestReference[d] = r;
            }
            // ... and named after the reference closest to the photo, raw (see CountryReading)
            if (closestReference[d] < 0 || turns[r].correlation() > turns[closestReference[d]].correlation()) {
                closestReference[d] = r;
            }
        }
        return new Shortlist(designCorrelation, DesignScorer.ranking(designCorrelation), closestReference, bestReference,
                turns);
    }

    /** The photo's coin ({@code field}) fitted to the reference that ranked {@code design} on the shortlist. */
    ShortlistVerifier.Evidence fit(OrientationField field, Shortlist shortlist, int design) {
        int r = shortlist.bestReference()[design];
        double turn = -shortlist.turns()[r].degrees() / (360.0 / PolarGradientHistogram.ANGLES);
        return ShortlistVerifier.verify(field, RotationCorrelation.description(spectra[r]), turn);
    }

    /**
     * Verifies the shortlist's first designs and puts them in the order of their scores, each the
     * better of the shortlist's score and the verification's ({@link ShortlistVerifier#score}):
     * a design is accepted on either line of evidence. The scores are written into
     * {@code scores}; the designs after the verified ones keep theirs, which are lower. The new ranking.
     */
    private int[] verify(CoinView.Seen seen, Shortlist shortlist, double[] scores) {
        int[] ranking = shortlist.ranking();
        int n = Math.min(ShortlistVerifier.SHORTLIST, ranking.length);
        OrientationField field = OrientationField.of(seen.coin(), CoinView.RADIUS);
        double[] evidence = new double[n];
        for (int i = 0; i < n; i++) {
            evidence[i] = chance.evidence(fit(field, shortlist, ranking[i]));
        }
        double[] combined = new double[n];
        for (int i = 0; i < n; i++) {
            double next = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    next = Math.max(next, evidence[j]);
                }
            }
            combined[i] = Math.max(scores[ranking[i]], ShortlistVerifier.score(evidence[i], next));
        }
        Integer[] order = new Integer[n];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, (a, b) -> combined[a] != combined[b] ? Double.compare(combined[b], combined[a])
                : Double.compare(evidence[b], evidence[a]));
        int[] reranked = ranking.clone();
        for (int i = 0; i < n; i++) {
            reranked[i] = ranking[order[i]];
        }
        for (int i = 0; i < n; i++) {
            scores[ranking[i]] = combined[i];
        }
        return reranked;
    }

    /** Every catalog entry of a coin's design: its joint issue's coins, or the coin alone. */
    private List<CatalogEntry> issuersOf(CatalogEntry coin) {
        return coin.jointIssue().map(joint -> catalog.jointIssue(joint.theme())).filter(list -> !list.isEmpty())
                .orElse(List.of(coin));
    }

    /** The design a catalog entry belongs to: its joint theme, or its own id. */
    static String designOf(CatalogEntry entry) {
        return entry.jointIssue().map(joint -> joint.theme()).orElse(entry.id());
    }

    @Override
    public String toString() {
        return "DesignIndex[" + references.size() + " pictures, " + designs.size() + " designs]";
    }
}
