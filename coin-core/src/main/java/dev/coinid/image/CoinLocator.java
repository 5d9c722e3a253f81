package dev.coinid.image;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Finds the rim of the one coin a picture shows: the circle along which the picture's edges are
 * strongest, searched over centres near the middle and radii from a third to a bit more than half
 * the picture. Meant for pictures cropped around one coin (a collector's snapshot, a catalog
 * picture), where it tells how large the coin is and where it sits, so that the coin, not the
 * table under it, can be cut out at a fixed scale.
 *
 * <p>The search runs on a copy at most {@value #WORKING_SIZE} pixels wide, so it costs about the
 * same for any picture (a few milliseconds). The edge strength of a circle is the mean, over
 * points on it, of the colour gradient's component across the rim, so a rim is found whether the
 * coin is lighter or darker than the background, and in whichever channel the two differ.
 * Instances are immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class CoinLocator {

    /** The mid grey coinid paints outside a coin's rim: the {@code fill} it gives {@link #cutOut}. */
    public static final int OUTSIDE_GREY = 128;

    /** The longest side of the picture the search runs on. */
    public static final int WORKING_SIZE = 96;

    /** The longest side of the picture {@link #forTwoEuroCoins()} refines the circle on. */
    public static final int REFINING_SIZE = 320;

    private final double maxCentreOffset;
    private final double minRadius;
    private final double maxRadius;
    /** For a bimetallic coin, where the core ends as a fraction of the rim's radius; 0 to look at the rim alone. */
    private final double coreRatio;
    private final boolean refine;
    /** Every how many radii, and points of a circle, the first pass over the whole picture tries. */
    private final int coarseStride;

    private CoinLocator(double maxCentreOffset, double minRadius, double maxRadius, double coreRatio, boolean refine) {
        this.maxCentreOffset = maxCentreOffset;
        this.minRadius = minRadius;
        this.maxRadius = maxRadius;
        this.coreRatio = coreRatio;
        this.refine = refine;
        this.coarseStride = refine ? 2 : 1;
    }

    /**
     * The locator for pictures cropped around one coin: the centre within 15% of the picture's
     * shorter side from the middle, the radius between 30% and 60% of that side, at least three
     * quarters of the rim inside the picture.
     */
    public static CoinLocator forCroppedCoins() {
        return new CoinLocator(0.15, 0.30, 0.60, 0, false);
    }

    /**
     * The locator for photos of a 2-euro coin anywhere in the frame (its diameter from a quarter of
     * the photo's shorter side to all of it), that looks for the coin's two circles together: its
     * rim and, at 0.728 of its radius (18.75 of 25.75 mm), where the core meets the ring. A round motif inside the design or a ring lost
     * against a white background then no longer passes for the coin.
     */
    public static CoinLocator forTwoEuroCoins() {
        return new CoinLocator(1.0, 0.12, 0.52, 18.75 / 25.75, true);
    }

    /** The diameter of the smallest coin this locator looks for, as a share of the picture's shorter side. */
    public double smallestDiameter() {
        return 2 * minRadius;
    }

    /**
     * The coin's rim in {@code picture}'s coordinates. Always answers: for a picture with no edges
     * at all (a blank one), the inscribed circle.
     */
    public CoinOutline locate(RgbImage picture) {
        Objects.requireNonNull(picture, "picture");
        double scale = Math.min(1.0, (double) WORKING_SIZE / Math.max(picture.width(), picture.height()));
        int w = Math.max(8, (int) Math.round(picture.width() * scale));
        int h = Math.max(8, (int) Math.round(picture.height() * scale));
        RgbImage small = (w == picture.width() && h == picture.height()) ? picture : ImageResizer.resize(picture, w, h);
        ColourGradient gradient = ColourGradient.of(small, coreRatio > 0);
        double side = Math.min(w, h);
        int maxOffsetX = (int) Math.round(Math.min(maxCentreOffset * side, w / 2.0));
        int maxOffsetY = (int) Math.round(Math.min(maxCentreOffset * side, h / 2.0));
        int rMin = Math.max(2, (int) Math.floor(minRadius * side));
        int rMax = (int) Math.ceil(maxRadius * side);

        // coarse pass: every other centre; fine pass: every centre next to the coarse winner
        Candidate coarse = search(gradient, w / 2.0, h / 2.0, maxOffsetX, maxOffsetY, 2, rMin, rMax, coarseStride);
        Candidate best = search(gradient, coarse.x, coarse.y, 2, 2, 1,
                Math.max(rMin, (int) coarse.r - coarseStride - 1), Math.min(rMax, (int) coarse.r + coarseStride + 1), 1);
        if (best.score == 0) {
            return CoinOutline.inscribed(picture.width(), picture.height());
        }
        CoinOutline found = new CoinOutline(best.x, best.y, best.r).scaled((double) picture.width() / w);
        return refine ? refined(picture, found, (double) picture.width() / w) : found;
    }

    /**
     * The circle of strongest rim near {@code found} on a copy of the picture at most
     * {@value #REFINING_SIZE} pixels wide: centres within one working step, radii within 4%.
     */
    private CoinOutline refined(RgbImage picture, CoinOutline found, double workingStep) {
        double scale = Math.min(1.0, (double) REFINING_SIZE / Math.max(picture.width(), picture.height()));
        if (workingStep * scale < 1.5) {
            return found; // the working copy was nearly as sharp already
        }
        int w = Math.max(8, (int) Math.round(picture.width() * scale));
        int h = Math.max(8, (int) Math.round(picture.height() * scale));
        RgbImage copy = (w == picture.width() && h == picture.height()) ? picture : ImageResizer.resize(picture, w, h);
        double factor = (double) w / picture.width();
        CoinOutline start = found.scaled(factor);
        int reach = (int) Math.ceil(workingStep * factor);
        int rMin = (int) Math.floor(start.radius() * 0.96);
        int rMax = (int) Math.ceil(start.radius() * 1.04);
        Candidate best = search(ColourGradient.of(copy, coreRatio > 0), Math.round(start.centerX()), Math.round(start.centerY()),
                reach, reach, 1, rMin, rMax, 1);
        return best.score == 0 ? found : new CoinOutline(best.x, best.y, best.r).scaled(1 / factor);
    }

    /**
     * The circle of strongest rim among centres within {@code offsetX} and {@code offsetY} of
     * {@code (x, y)} on a grid of {@code step}, trying every {@code stride}-th radius with every
     * {@code stride}-th point of each circle.
     */
    private Candidate search(ColourGradient gradient, double x, double y, int offsetX, int offsetY, int step,
                             int rMin, int rMax, int stride) {
        Candidate best = new Candidate(x, y, rMin, 0);
        for (int oy = -offsetY; oy <= offsetY; oy += step) {
            for (int ox = -offsetX; ox <= offsetX; ox += step) {
                for (int r = rMin; r <= rMax; r += stride) {
                    double score;
                    if (coreRatio > 0) {
                        // edges capped, so that a strong stroke along part of a circle counts less than a whole rim
                        score = gradient.rimStrength(x + ox, y + oy, r, true, stride);
                        if (score > 0) {
                            score += gradient.rimStrength(x + ox, y + oy, coreRatio * r, true, stride);
                            // weighed as the evidence of a mean over more independent points is: a small circle
                            // inside a busy design can have strong edges all round by chance, a large one cannot
                            score *= Math.sqrt(r);
                        }
                    } else {
                        score = gradient.rimStrength(x + ox, y + oy, r, false, stride);
                    }
                    if (score > best.score) {
                        best = new Candidate(x + ox, y + oy, r, score);
                    }
                }
            }
        }
        return best;
    }

    private record Candidate(double x, double y, double r, double score) {
    }

    /**
     * The square around {@code outline}, {@code margin} of the radius wider on each side, resampled
     * to {@code size x size} pixels, with everything outside the rim painted {@code fill} grey: the
     * coin alone, at a fixed scale, whatever the picture it came from. Parts of the square beyond
     * the picture are painted the same grey.
     */
    public static RgbImage cutOut(RgbImage picture, CoinOutline outline, int size, double margin, int fill) {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(outline, "outline");
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        if (margin < 0 || fill < 0 || fill > 255) {
            throw new IllegalArgumentException("margin must be >= 0 and fill in 0..255, was " + margin + ", " + fill);
        }
        double half = outline.radius() * (1 + margin);
        double x0 = outline.centerX() - half;
        double y0 = outline.centerY() - half;
        double step = 2 * half / size;
        // Resample an antialiased copy when shrinking a lot, so the cut-out does not alias.
        RgbImage source = picture;
        double sourceScale = 1;
        if (step > 2) {
            sourceScale = 1.5 / step;
            int sw = Math.max(1, (int) Math.round(picture.width() * sourceScale));
            int sh = Math.max(1, (int) Math.round(picture.height() * sourceScale));
            source = ImageResizer.resize(picture, sw, sh);
            sourceScale = (double) sw / picture.width();
        }
        byte[] out = new byte[size * size * 3];
        double r2 = outline.radius() * outline.radius();
        for (int j = 0; j < size; j++) {
            double y = y0 + (j + 0.5) * step;
            for (int i = 0; i < size; i++) {
                double x = x0 + (i + 0.5) * step;
                int o = 3 * (j * size + i);
                double dx = x - outline.centerX();
                double dy = y - outline.centerY();
                if (dx * dx + dy * dy > r2) {
                    out[o] = out[o + 1] = out[o + 2] = (byte) fill;
                    continue;
                }
                BilinearSampler.sampleInto(source, x * sourceScale, y * sourceScale, fill, out, o);
            }
        }
        return RgbImage.of(size, size, out);
    }
}
