package dev.coinid.augment;

import dev.coinid.image.internal.Luminance;

/**
 * Applies the colour parameters of a {@link Transform} to interleaved RGB values in 0..255,
 * in place, in the documented order: channel shift, brightness and polar shadow, colour gain, saturation, gamma,
 * noise.
 */
final class ColorStage {

    private ColorStage() {
    }

    /** The width of a shadow's soft edge, in rim radii. */
    private static final double SHADOW_EDGE = 0.1;

    static void apply(Transform t, float[] rgb, int width, int height) {
        int length = 3 * width * height;
        if (t.channelShift() != 0) {
            shiftChannels(rgb, length, (float) t.channelShift());
        }
        if (t.brightness() != 1) {
            scale(rgb, length, (float) t.brightness(), (float) t.brightness(), (float) t.brightness());
        }
        if (t.shadowDepth() > 0) {
            shadePolar(rgb, width, height, t);
        }
        if (t.redGain() != 1 || t.greenGain() != 1 || t.blueGain() != 1) {
            scale(rgb, length, (float) t.redGain(), (float) t.greenGain(), (float) t.blueGain());
        }
        if (t.saturation() != 1) {
            saturate(rgb, length, (float) t.saturation());
        }
        if (t.gamma() != 1) {
            applyGamma(rgb, length, t.gamma());
        }
        if (t.noise() > 0) {
            addNoise(rgb, length, t.noise(), t.noiseSeed());
        }
    }

    /** The polar picture's points beyond the shadow's line darkened, with a soft edge; clipped to 0..255. */
    private static void shadePolar(float[] rgb, int width, int height, Transform t) {
        double nx = Math.cos(t.shadowAngle());
        double ny = Math.sin(t.shadowAngle());
        for (int y = 0; y < height; y++) {
            double r = (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double theta = 2 * Math.PI * x / width;
                double along = r * (Math.cos(theta) * nx + Math.sin(theta) * ny) - t.shadowOffset();
                float light = (float) (1 - t.shadowDepth() / (1 + Math.exp(-4 * along / SHADOW_EDGE)));
                int i = 3 * (y * width + x);
                for (int c = 0; c < 3; c++) {
                    rgb[i + c] = clip(rgb[i + c] * light, 0, 255);
                }
            }
        }
    }

    /** Gaussian noise added to every value, then each value rounded to a whole step and clipped to 0..255. */
    private static void addNoise(float[] rgb, int length, double stdDev, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < length; i++) {
            rgb[i] = clip(Math.round(rgb[i] + (float) (stdDev * random.nextGaussian())), 0, 255);
        }
    }

    private static void applyGamma(float[] rgb, int length, double gamma) {
        for (int i = 0; i < length; i++) {
            rgb[i] = (float) (255 * Math.pow(Math.max(0, rgb[i]) / 255.0, gamma));
        }
    }

    /** Keras' apply_channel_shift: add the offset, clip to the picture's own min and max. */
    private static void shiftChannels(float[] rgb, int length, float offset) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            min = Math.min(min, rgb[i]);
            max = Math.max(max, rgb[i]);
        }
        for (int i = 0; i < length; i++) {
            rgb[i] = clip(rgb[i] + offset, min, max);
        }
    }

    private static void scale(float[] rgb, int length, float red, float green, float blue) {
        for (int i = 0; i < length; i += 3) {
            rgb[i] = clip(rgb[i] * red, 0, 255);
            rgb[i + 1] = clip(rgb[i + 1] * green, 0, 255);
            rgb[i + 2] = clip(rgb[i + 2] * blue, 0, 255);
        }
    }

    private static void saturate(float[] rgb, int length, float factor) {
        for (int i = 0; i < length; i += 3) {
            float gray = Luminance.of(rgb[i], rgb[i + 1], rgb[i + 2]);
            rgb[i] = clip(gray + factor * (rgb[i] - gray), 0, 255);
            rgb[i + 1] = clip(gray + factor * (rgb[i + 1] - gray), 0, 255);
            rgb[i + 2] = clip(gray + factor * (rgb[i + 2] - gray), 0, 255);
        }
    }

    private static float clip(float v, float min, float max) {
        return v < min ? min : Math.min(v, max);
    }
}
