package dev.coinid.research.classification;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes held-out photos look as if taken on another day: the background's hue turned (the coin's
 * colours kept), another white balance, another brightness and a soft-edged shadow across part of
 * the picture. The coin is found with {@link CoinLocator#forCroppedCoins()}, so only the table
 * around it changes hue.
 *
 * <p>Every photograph ({@link Protocol#PHOTOGRAPH}: the coins cut from one picture) gets one look,
 * drawn from the seed and the photograph's name, so the same seed always gives the same pictures
 * and the coins of one photograph share their light, as on a real day. The ranges:
 * <ul>
 *   <li>background hue turned by 60 to 300 degrees (green or teal tables become blue, purple, red,
 *       orange or yellow ones);</li>
 *   <li>white balance: red and blue gains of {@code 2^(+-0.45 u)} for a warm-to-cold {@code u} in
 *       -1..1, and a green tint of 0.9 to 1.1;</li>
 *   <li>brightness 0.4 to 1.1 (mostly darker: the misses of another day were dark photos);</li>
 *   <li>a shadow with a soft edge (a tenth of the picture) at a random angle and offset, 25% to
 *       60% darker on its side.</li>
 * </ul>
 *
 * @param seed where the looks are drawn from
 */
public record OtherDayLook(long seed) {

    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();
    /** Where the background starts, as a multiple of the rim's radius, and how wide the blend to it is. */
    private static final double BACKGROUND_FROM = 1.02;
    private static final double BLEND = 0.06;

    /**
     * The look of one photograph: what is done to its pixels.
     *
     * @param hueTurn degrees the background's hue turns by
     * @param redGain white balance gain of the red channel
     * @param greenGain white balance gain of the green channel
     * @param blueGain white balance gain of the blue channel
     * @param brightness factor of every value
     * @param shadowAngle direction of the shadow's edge normal, in radians
     * @param shadowOffset where the shadow's edge crosses that normal, in picture sizes from the centre
     * @param shadowDepth how much darker the shadowed side is (0.3: 30% darker)
     */
    public record Look(double hueTurn, double redGain, double greenGain, double blueGain, double brightness,
                       double shadowAngle, double shadowOffset, double shadowDepth) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "hue %+.0f deg, gains %.2f/%.2f/%.2f, brightness %.2f, shadow %.0f%%",
                    hueTurn, redGain, greenGain, blueGain, brightness, 100 * shadowDepth);
        }
    }

    /** The look of the photograph a coin called {@code name} was cut from. */
    public Look lookOf(String name) {
        String photograph = name.replaceAll("^.*?(IMG_\\d+_\\d+).*$", "$1");
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ photograph.hashCode());
        double warmth = random.nextDouble(-1, 1);
        return new Look(random.nextDouble(60, 300),
                Math.pow(2, 0.45 * warmth), random.nextDouble(0.9, 1.1), Math.pow(2, -0.45 * warmth),
                random.nextDouble(0.4, 1.1),
                random.nextDouble(0, 2 * Math.PI), random.nextDouble(-0.3, 0.3), random.nextDouble(0.25, 0.6));
    }

    /** {@code photos} with every picture given its photograph's look when loaded; names, labels and groups unchanged. */
    public ImageDataset applyTo(ImageDataset photos) {
        return ImageDataset.of(photos.labels(), photos.stream()
                .map(i -> new LabelledImage(changed(i.source()), i.label(), i.group())).toList());
    }

    /** {@code photo} given {@code look}. */
    public static RgbImage apply(RgbImage photo, Look look) {
        CoinOutline coin = LOCATOR.locate(photo);
        int w = photo.width();
        int h = photo.height();
        byte[] rgb = photo.toRgbBytes();
        float[] pixel = new float[3];
        float[] turned = new float[3];
        double size = Math.max(w, h);
        double nx = Math.cos(look.shadowAngle());
        double ny = Math.sin(look.shadowAngle());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = 3 * (y * w + x);
                for (int c = 0; c < 3; c++) {
                    pixel[c] = rgb[i + c] & 0xFF;
                }
                double background = backgroundWeight(coin, x + 0.5, y + 0.5);
                if (background > 0) {
                    turnHue(pixel, look.hueTurn(), turned);
                    for (int c = 0; c < 3; c++) {
                        pixel[c] = (float) (background * turned[c] + (1 - background) * pixel[c]);
                    }
                }
                double along = ((x + 0.5 - w / 2.0) * nx + (y + 0.5 - h / 2.0) * ny) / size - look.shadowOffset();
                double light = look.brightness() * (1 - look.shadowDepth() / (1 + Math.exp(-along / 0.1 * 4)));
                rgb[i] = clip(pixel[0] * look.redGain() * light);
                rgb[i + 1] = clip(pixel[1] * look.greenGain() * light);
                rgb[i + 2] = clip(pixel[2] * look.blueGain() * light);
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    /** 0 on the coin, 1 on the table, blended over a thin ring just outside the rim. */
    private static double backgroundWeight(CoinOutline coin, double x, double y) {
        double r = Math.hypot(x - coin.centerX(), y - coin.centerY()) / coin.radius();
        return Math.max(0, Math.min(1, (r - BACKGROUND_FROM) / BLEND));
    }

    /** The colour {@code rgb} with its hue turned by {@code degrees}, lightness and saturation kept (a rotation about the grey axis). */
    static void turnHue(float[] rgb, double degrees, float[] out) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double third = (1 - cos) / 3;
        double root = Math.sqrt(1 / 3.0) * sin;
        double m0 = cos + third;
        double m1 = third - root;
        double m2 = third + root;
        out[0] = (float) (rgb[0] * m0 + rgb[1] * m1 + rgb[2] * m2);
        out[1] = (float) (rgb[0] * m2 + rgb[1] * m0 + rgb[2] * m1);
        out[2] = (float) (rgb[0] * m1 + rgb[1] * m2 + rgb[2] * m0);
    }

    private static byte clip(double value) {
        return (byte) Math.max(0, Math.min(255, Math.round(value)));
    }

    private ImageSource changed(ImageSource source) {
        Look look = lookOf(source.name());
        return new ChangedOnLoad(source, photo -> apply(photo, look));
    }
}
