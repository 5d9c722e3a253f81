package dev.coinid.synthetic;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.GaussianBlur;
import dev.coinid.image.internal.Luminance;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.SplittableRandom;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Photos of a real coin simulated from its catalog picture (the coin alone on a plain background,
 * such as a bundled Open Coin Data reference): the coin as a phone would see it on a table, taken
 * as a {@link Shot} says. For tests and demos of identification on real designs without real
 * photos of them.
 *
 * <p>A photo is made in five steps:
 * <ol>
 *   <li>the coin is found in the picture ({@link CoinLocator#forTwoEuroCoins()}) and cut out;</li>
 *   <li>it is turned by {@link Shot#turnDegrees()} and scaled and placed where
 *       {@link Shot#coinIn(int, int)} says;</li>
 *   <li>it is relit: the picture's luminance is taken for the coin's relief and shaded with light
 *       from {@link Shot#lightDegrees()}, and that shading is mixed with the picture's own, so the
 *       studio's highlights and shadows stay half visible under the new light; the whole photo is
 *       then made a little brighter or darker and warmer or cooler, as a phone's exposure and
 *       white balance would;</li>
 *   <li>the same cluttered table {@link SyntheticDesigns} draws is laid around it;</li>
 *   <li>the photo is blurred ({@link Shot#blur()}) and sensor noise is added ({@link Shot#noise()}).</li>
 * </ol>
 * Everything random is drawn from the shot's background seed, so one shot always gives the same
 * photo. Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReferencePhotos {

    /** How much of a photo's shading on the coin comes from the new light; the rest is the picture's own. */
    private static final double NEW_LIGHT_SHARE = 0.6;
    /** How steep the relief read from the luminance is: a slope per unit of luminance, on a coin 256 pixels across. */
    private static final double RELIEF_DEPTH = 4.0;
    private static final double LIGHT_SIDEWAYS = 0.6;
    private static final double LIGHT_DOWN = 0.8;

    private final RgbImage picture;
    private final CoinOutline coin;

    private ReferencePhotos(RgbImage picture, CoinOutline coin) {
        this.picture = picture;
        this.coin = coin;
    }

    /** Photos of the coin in {@code catalogPicture}, which is found in it as a 2-euro coin. */
    public static ReferencePhotos of(RgbImage catalogPicture) {
        Objects.requireNonNull(catalogPicture, "catalogPicture");
        return new ReferencePhotos(catalogPicture, CoinLocator.forTwoEuroCoins().locate(catalogPicture));
    }

    /** Photos of the coin that lies at {@code coin} in {@code catalogPicture}. */
    public static ReferencePhotos of(RgbImage catalogPicture, CoinOutline coin) {
        return new ReferencePhotos(Objects.requireNonNull(catalogPicture, "catalogPicture"),
                Objects.requireNonNull(coin, "coin"));
    }

    /** Where the coin lies in the catalog picture. */
    public CoinOutline coin() {
        return coin;
    }

    /** A {@code width x height} photo of the coin taken as {@code shot} says. */
    public RgbImage photo(Shot shot, int width, int height) {
        Objects.requireNonNull(shot, "shot");
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("a photo needs at least 8x8 pixels, was " + width + "x" + height);
        }
        CoinOutline target = shot.coinIn(width, height);
        CoinFace face = CoinFace.cutFrom(picture, coin, Math.max(8, (int) Math.ceil(2 * target.radius())));
        SplittableRandom random = new SplittableRandom(shot.background());
        TableBackground table = TableBackground.drawnFrom(random);
        double brightness = random.nextDouble(0.8, 1.15);
        double[] whiteBalance = {random.nextDouble(0.92, 1.08), 1, random.nextDouble(0.92, 1.08)};

        // the light in the coin's own frame: turning the coin counter-clockwise is turning the light clockwise
        double light = Math.toRadians(shot.lightDegrees() - shot.turnDegrees());
        double lx = Math.cos(light) * LIGHT_SIDEWAYS;
        double ly = -Math.sin(light) * LIGHT_SIDEWAYS;
        double turn = Math.toRadians(shot.turnDegrees());
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        double scale = face.size() / (2 * target.radius());
        double depth = RELIEF_DEPTH * face.size() / 256.0;

        float[] photo = new float[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - target.centerX();
                double dy = y + 0.5 - target.centerY();
                // how much of the pixel the coin covers: 1 inside the rim, 0 outside, a ramp across it
                double covered = Math.max(0, Math.min(1, target.radius() + 0.5 - Math.hypot(dx, dy)));
                double[] colour = table.colourAt(x, y);
                if (covered > 0) {
                    // the coin's frame: undo the turn (counter-clockwise on screen)
                    double u = (cos * dx - sin * dy) * scale + face.size() / 2.0;
                    double v = (sin * dx + cos * dy) * scale + face.size() / 2.0;
                    double nx = -depth * (face.luminance(u + 1, v) - face.luminance(u - 1, v)) / 2;
                    double ny = -depth * (face.luminance(u, v + 1) - face.luminance(u, v - 1)) / 2;
                    double facing = (nx * lx + ny * ly + LIGHT_DOWN) / Math.sqrt(nx * nx + ny * ny + 1);
                    double shading = (1 - NEW_LIGHT_SHARE) + NEW_LIGHT_SHARE * Math.max(0, facing) / LIGHT_DOWN;
                    for (int ch = 0; ch < 3; ch++) {
                        double metal = face.colour(ch, u, v) * shading * brightness * whiteBalance[ch];
                        colour[ch] = covered * metal + (1 - covered) * colour[ch];
                    }
                }
                for (int ch = 0; ch < 3; ch++) {
                    photo[3 * (y * width + x) + ch] = (float) (colour[ch] * 255);
                }
            }
        }
        return exposed(photo, width, height, shot, random);
    }

    /** The photo as the sensor records it: blurred by the lens, then noisy, rounded to 0..255. */
    private static RgbImage exposed(float[] photo, int width, int height, Shot shot, SplittableRandom random) {
        float[] seen = photo;
        if (shot.blur() > 0.3) {
            seen = new float[photo.length];
            for (int ch = 0; ch < 3; ch++) {
                float[] channel = new float[width * height];
                for (int i = 0; i < channel.length; i++) {
                    channel[i] = photo[3 * i + ch];
                }
                float[] blurred = GaussianBlur.blur(channel, width, height, shot.blur(), (int) Math.ceil(2.5 * shot.blur()));
                for (int i = 0; i < channel.length; i++) {
                    seen[3 * i + ch] = blurred[i];
                }
            }
        }
        byte[] rgb = new byte[photo.length];
        for (int i = 0; i < rgb.length; i++) {
            double value = seen[i] + (shot.noise() > 0 ? random.nextGaussian() * shot.noise() : 0);
            rgb[i] = (byte) Math.max(0, Math.min(255, Math.round(value)));
        }
        return RgbImage.of(width, height, rgb);
    }

    /**
     * The coin cut out of its catalog picture, upright, filling a square of {@code size} pixels: its
     * colour (0..1 per channel) and its luminance, slightly smoothed, read as its relief; both
     * read between pixels by bilinear interpolation, edges repeated.
     */
    private record CoinFace(int size, float[][] channels, float[] relief) {

        static CoinFace cutFrom(RgbImage picture, CoinOutline coin, int size) {
            RgbImage square = CoinLocator.cutOut(picture, coin, size, 0, CoinLocator.OUTSIDE_GREY);
            float[][] channels = new float[3][size * size];
            float[] luminance = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int i = y * size + x;
                    for (int ch = 0; ch < 3; ch++) {
                        channels[ch][i] = square.sample(x, y, ch) / 255f;
                    }
                    luminance[i] = Luminance.of(channels[0][i], channels[1][i], channels[2][i]);
                }
            }
            double smoothing = Math.max(0.7, size / 300.0);
            float[] relief = GaussianBlur.blur(luminance, size, size, smoothing, (int) Math.ceil(2.5 * smoothing));
            return new CoinFace(size, channels, relief);
        }

        double colour(int channel, double u, double v) {
            return bilinear(channels[channel], u, v);
        }

        double luminance(double u, double v) {
            return bilinear(relief, u, v);
        }

        private double bilinear(float[] plane, double u, double v) {
            double fx = Math.max(0, Math.min(size - 1, u - 0.5));
            double fy = Math.max(0, Math.min(size - 1, v - 0.5));
            int x0 = Math.min(size - 2, (int) fx);
            int y0 = Math.min(size - 2, (int) fy);
            double ax = fx - x0;
            double ay = fy - y0;
            int i = y0 * size + x0;
            return (1 - ay) * ((1 - ax) * plane[i] + ax * plane[i + 1])
                    + ay * ((1 - ax) * plane[i + size] + ax * plane[i + size + 1]);
        }
    }
}
