package dev.coinid.match;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How many cells agree by chance when {@link ShortlistVerifier} fits a coin to a design it does
 * not show, measured when an index is built: reference pictures taken as photos, each fitted to
 * the other designs its shortlist offered (the designs most like it, which is what a photo of no
 * indexed design meets). Saved with the index.
 *
 * @param cellChance the share of counted cells that agreed by chance
 * @param mean the mean of the agreement in binomial deviations above {@code cellChance}
 * @param deviation their standard deviation: neighbouring cells agree together, so it exceeds 1
 * @param samples how many fits it was measured from
 */
record VerificationChance(double cellChance, double mean, double deviation, int samples) {

    /**
     * The level measured for the bundled index (650 Open Coin Data pictures, 815 fits), given to an
     * index saved before the chance level was measured at build time.
     */
    static final VerificationChance BUNDLED = new VerificationChance(0.49446, 0, 4.2268, 815);

    VerificationChance {
        if (!(cellChance > 0 && cellChance < 1) || !(deviation > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("not a chance level: " + cellChance + ", " + mean + ", " + deviation);
        }
    }

    /**
     * The chance level of {@code index}, measured from pictures of its own references seen as
     * photos ({@code seen}, with the design each shows): each fitted to the first
     * {@link ShortlistVerifier#SHORTLIST} other designs its shortlist ranks, in parallel.
     */
    static VerificationChance measure(DesignIndex index, List<CoinView.Seen> seen, List<String> designs) {
        List<ShortlistVerifier.Evidence> fits = IntStream.range(0, seen.size()).parallel()
                .mapToObj(i -> impostorFits(index, seen.get(i), designs.get(i))).flatMap(List::stream).toList();
        return of(fits);
    }

    private static List<ShortlistVerifier.Evidence> impostorFits(DesignIndex index, CoinView.Seen seen, String design) {
        DesignIndex.Shortlist shortlist = index.shortlist(RotationCorrelation.spectrum(seen.description()));
        OrientationField field = OrientationField.of(seen.coin(), CoinView.RADIUS);
        List<ShortlistVerifier.Evidence> fits = new ArrayList<>();
        for (int i = 0; i < shortlist.ranking().length && fits.size() < ShortlistVerifier.SHORTLIST; i++) {
            int d = shortlist.ranking()[i];
            if (!index.designs().get(d).equals(design)) {
                fits.add(index.fit(field, shortlist, d));
            }
        }
        return fits;
    }

    /** The chance level measured from these fits. */
    static VerificationChance of(List<ShortlistVerifier.Evidence> fits) {
        if (fits.size() < 2) {
            return BUNDLED;
        }
        double agreeing = 0;
        double counted = 0;
        for (ShortlistVerifier.Evidence fit : fits) {
            agreeing += fit.agreeing();
            counted += fit.counted();
        }
        double cellChance = Math.min(0.95, Math.max(0.05, agreeing / counted));
        double sum = 0;
        double squares = 0;
        for (ShortlistVerifier.Evidence fit : fits) {
            double z = fit.deviations(cellChance);
            sum += z;
            squares += z * z;
        }
        double mean = sum / fits.size();
        double deviation = Math.sqrt(Math.max(1e-6, squares / fits.size() - mean * mean));
        return new VerificationChance(cellChance, mean, deviation, fits.size());
    }

    /** How far a fit's agreement stands above chance, in deviations of the chance fits. */
    double evidence(ShortlistVerifier.Evidence fit) {
        return (fit.deviations(cellChance) - mean) / deviation;
    }
}
