package dev.coinid.image;

import java.util.Objects;

/**
 * Fits a photo of any size and shape into a network's input rectangle: the worker behind a
 * model's preprocessing, shared by training, classification and every module that prepares
 * photos the same way. Immutable and thread-safe; one factory per way of fitting.
 *
 * <ul>
 *   <li>{@link #stretch}: the whole photo resized, aspect ratio ignored;</li>
 *   <li>{@link #centerCrop}: the largest centred rectangle of the input's aspect ratio, resized;</li>
 *   <li>{@link #coinCircle}: as the centre crop, then everything outside the inscribed circle painted
 *       grey ({@link CoinLocator#OUTSIDE_GREY});</li>
 *   <li>{@link #coinPolar}: the coin found ({@link CoinLocator#forCroppedCoins()}) and unwrapped into
 *       angles x radii ({@link PolarUnwrapper}).</li>
 * </ul>
 *
 * <p>Every resize is antialiased ({@link ImageResizer}).
 */
public final class PhotoFitter {

    /** The ways of fitting, one per factory. */

    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();

    private final Fit fit;
    private final int width;
    private final int height;

    private PhotoFitter(Fit fit, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("the fitted size must be positive, was " + width + "x" + height);
        }
        this.fit = fit;
        this.width = width;
        this.height = height;
    }

    /** Resizes the whole photo to {@code width x height}, ignoring its aspect ratio. */
    public static PhotoFitter stretch(int width, int height) {
        return new PhotoFitter(Fit.STRETCH, width, height);
    }

    /** Cuts the largest centred rectangle of {@code width:height} and resizes it to {@code width x height}. */
    public static PhotoFitter centerCrop(int width, int height) {
        return new PhotoFitter(Fit.CENTER_CROP, width, height);
    }

    /**
     * As {@link #centerCrop}, then paints every pixel whose centre lies outside the circle inscribed
     * in the result grey: for photos cropped around one centred coin, whose table must not be learnt.
     */
    public static PhotoFitter coinCircle(int width, int height) {
        return new PhotoFitter(Fit.COIN_CIRCLE, width, height);
    }

    /**
     * Finds the coin's rim and unwraps the coin into polar coordinates: {@code angles} columns
     * (turning the coin shifts them cyclically) by {@code radii} rows, from the centre down to the rim.
     */
    public static PhotoFitter coinPolar(int angles, int radii) {
        return new PhotoFitter(Fit.COIN_POLAR, angles, radii);
    }

    /** The fitted picture's width in pixels (the number of angles for {@link #coinPolar}). */
    public int width() {
        return width;
    }

    /** The fitted picture's height in pixels (the number of radii for {@link #coinPolar}). */
    public int height() {
        return height;
    }

    /**
     * The shorter side, in pixels, a photo needs for this fitter to see everything it uses: a
     * decoder may hand over a picture shrunk down to this size (but not below) without changing
     * what the fit keeps. Twice the number of angles for {@link #coinPolar}, which shrinks larger
     * photos to that size itself; the larger fitted side for the others.
     */
    public int neededShorterSide() {
        return fit == Fit.COIN_POLAR ? 2 * width : Math.max(width, height);
    }

    /** The photo fitted into {@code width() x height()}. */
    public RgbImage fit(RgbImage photo) {
        Objects.requireNonNull(photo, "photo");
        return switch (fit) {
            case STRETCH -> ImageResizer.resize(photo, width, height);
            case CENTER_CROP -> ImageResizer.resize(centerCrop(photo), width, height);
            case COIN_CIRCLE -> InscribedCircle.maskOutside(ImageResizer.resize(centerCrop(photo), width, height));
            case COIN_POLAR -> {
                RgbImage working = shrunkForPolar(photo);
                yield PolarUnwrapper.unwrap(working, LOCATOR.locate(working), width, height);
            }
        };
    }

    /**
     * A large photo shrunk once, so that its shorter side is at most twice the number of angles
     * (256 pixels for the default 128): the size of the photos the defaults were measured on, on
     * which a coin the locator accepts (at least 60% of the shorter side across) spans at least
     * 154 pixels, close to the 192 the cut-out samples. The rim search and the cut-out then work
     * on a small picture: a 12 MP photo fits in 32 ms instead of 67 (coin-bench's
     * PolarFitBenchmark). Smaller photos are returned as they are.
     */
    private RgbImage shrunkForPolar(RgbImage photo) {
        int limit = neededShorterSide();
        int shorter = Math.min(photo.width(), photo.height());
        if (shorter <= limit) {
            return photo;
        }
        double scale = (double) limit / shorter;
        return ImageResizer.resize(photo, Math.max(1, (int) Math.round(photo.width() * scale)),
                Math.max(1, (int) Math.round(photo.height() * scale)));
    }

    /** The largest centred rectangle of the fitted size's aspect ratio. */
    private RgbImage centerCrop(RgbImage photo) {
        double target = (double) width / height;
        int w = photo.width();
        int h = photo.height();
        if ((double) w / h > target) {
            w = Math.max(1, (int) Math.round(h * target));
        } else {
            h = Math.max(1, (int) Math.round(w / target));
        }
        return photo.crop((photo.width() - w) / 2, (photo.height() - h) / 2, w, h);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhotoFitter that && fit == that.fit && width == that.width && height == that.height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fit, width, height);
    }

    @Override
    public String toString() {
        return "PhotoFitter[" + fit.name().toLowerCase(java.util.Locale.ROOT) + " " + width + "x" + height + "]";
    }
}
