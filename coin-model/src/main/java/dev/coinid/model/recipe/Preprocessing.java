package dev.coinid.model.recipe;

import dev.coinid.image.Fit;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Objects;

/**
 * How a photo becomes the network's input; part of the model and saved with it, so
 * classification prepares a photo exactly as training did.
 *
 * <p>The steps: fit the photo into {@code width x height} ({@link Fit}; the work is done by the
 * {@link #fitter()}), multiply the 0..255 pixel values by {@code rescale} (both in Java), then
 * {@link Normalization} (inside the graph).
 * The saved model's {@code serving_default} signature takes the rescaled floats.
 *
 * @param width input width in pixels
 * @param height input height in pixels
 * @param fit how a photo is fitted into the input rectangle
 * @param rescale factor applied to 0..255 values (1/255 maps them to 0..1)
 * @param normalization extra normalisation inside the graph
 */
public record Preprocessing(int width, int height, Fit fit, float rescale, Normalization normalization) {

    public Preprocessing {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("input size must be at least 8x8, was " + width + "x" + height);
        }
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(normalization, "normalization");
        if (!(rescale > 0) || !Float.isFinite(rescale)) {
            throw new IllegalArgumentException("rescale must be positive, was " + rescale);
        }
    }

    /**
     * The original experiment's: 128x128, whole photo stretched, values scaled by 1/255, no
     * normalisation. Part of {@link Recipe#seed()}; coinid's default is {@link #polar()}.
     */
    public static Preprocessing seed() {
        return new Preprocessing(128, 128, Fit.STRETCH, 1 / 255f, Normalization.NONE);
    }

    /**
     * coinid's default, chosen on photos of a shooting session held out of training: the coin
     * found and unwrapped into polar coordinates ({@link Fit#COIN_POLAR}), 128 angles by 32 radii,
     * values scaled by 1/255, then grey local contrast normalisation (colour, brightness,
     * contrast and shading dropped). For photos of one coin each; see docs/classification.md for what it
     * measured.
     */
    public static Preprocessing polar() {
        return new Preprocessing(128, 32, Fit.COIN_POLAR, 1 / 255f, Normalization.GRAY_LOCAL_CONTRAST);
    }

    /** This preprocessing with another input size. */
    public Preprocessing inputSize(int newWidth, int newHeight) {
        return new Preprocessing(newWidth, newHeight, fit, rescale, normalization);
    }

    /** This preprocessing with another fit. */
    public Preprocessing fit(Fit newFit) {
        return new Preprocessing(width, height, newFit, rescale, normalization);
    }

    /** This preprocessing with another rescale factor. */
    public Preprocessing rescale(float newRescale) {
        return new Preprocessing(width, height, fit, newRescale, normalization);
    }

    /** This preprocessing with another in-graph normalisation. */
    public Preprocessing normalization(Normalization newNormalization) {
        return new Preprocessing(width, height, fit, rescale, newNormalization);
    }

    /**
     * The worker that fits a photo into the input size as {@link #fit()} says (the 8-bit step,
     * before rescaling): {@code preprocessing.fitter().fit(photo)}. Thread-safe.
     */
    public PhotoFitter fitter() {
        return switch (fit) {
            case STRETCH -> PhotoFitter.stretch(width, height);
            case CENTER_CROP -> PhotoFitter.centerCrop(width, height);
            case COIN_CIRCLE -> PhotoFitter.coinCircle(width, height);
            case COIN_POLAR -> PhotoFitter.coinPolar(width, height);
        };
    }

    /**
     * Writes fitted images' rescaled values ({@code height x width x 3} floats each) at the
     * buffer's position and advances it: the network's input, exactly as in training.
     */
    public void writeRescaled(List<RgbImage> fitted, FloatBuffer out) {
        int length = floatsPerImage();
        if (out.remaining() < (long) fitted.size() * length) {
            throw new IllegalArgumentException(fitted.size() + " images need " + (long) fitted.size() * length
                    + " floats; the buffer has " + out.remaining() + " left");
        }
        byte[] pixels = new byte[length];
        float[] values = new float[length];
        for (RgbImage image : fitted) {
            if (image.width() != width || image.height() != height) {
                throw new IllegalArgumentException("expected a fitted " + width + "x" + height + " image, got "
                        + image.width() + "x" + image.height() + "; fit it with fitter() first");
            }
            image.pixels().get(0, pixels, 0, length);
            for (int i = 0; i < length; i++) {
                values[i] = (pixels[i] & 0xFF) * rescale;
            }
            out.put(values);
        }
    }

    /** Writes one fitted image's rescaled values at the buffer's position and advances it. */
    public void writeRescaled(RgbImage fitted, FloatBuffer out) {
        writeRescaled(List.of(fitted), out);
    }

    /** Floats per image: {@code height * width * 3}. */
    public int floatsPerImage() {
        return height * width * 3;
    }
}
