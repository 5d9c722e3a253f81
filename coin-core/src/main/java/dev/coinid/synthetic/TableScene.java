package dev.coinid.synthetic;

import dev.coinid.image.BilinearSampler;
import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.GaussianBlur;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A simulated photo of several coins lying on a table (a purse emptied out), and where each lies:
 * for tests, evaluations and demos of finding every coin in a photo.
 *
 * <p>Each coin is cut out of its {@link CoinPicture}, turned, and laid at its place at its real
 * size against the others; it is relit (brighter or darker, with light falling across it from
 * one side) and casts a soft shadow on the table. The table is {@link TableBackground}'s striped
 * one, or a texture (a real cloth, wood or paper) repeated in mirror image. The whole table may be
 * tilted away from the camera (seen from afar: every coin an ellipse, its shorter axis the
 * tilt's cosine of its longer); the photo is then blurred a little, its white balance shifted
 * and sensor noise added. Everything random comes from the seed, so a builder's settings always
 * give the same photo.
 *
 * <pre>{@code
 * TableScene scene = TableScene.builder(800, 600).seed(7).tilt(25, 30)
 *         .place(twoEuro, 200, 300, 90, 40).place(cent, 330, 300, 57, 0).build();
 * RgbImage photo = scene.photo();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TableScene {

    private final RgbImage photo;
    private final List<PlacedCoin> coins;

    private TableScene(RgbImage photo, List<PlacedCoin> coins) {
        this.photo = photo;
        this.coins = List.copyOf(coins);
    }

    /** A builder of a {@code width x height} photo with no coin yet, seed 0, untilted, on a striped table. */
    public static Builder builder(int width, int height) {
        return new Builder(width, height);
    }

    /** The photo. */
    public RgbImage photo() {
        return photo;
    }

    /** Every coin laid on the table, in the order laid (later ones on top), where the photo shows it. */
    public List<PlacedCoin> coins() {
        return coins;
    }

    /** Lays coins on a table and takes the photo. */
    public static final class Builder {

        private final int width;
        private final int height;
        private long seed;
        private double tiltDegrees;
        private double axisDegrees;
        private RgbImage texture;
        private double blur = 0.6;
        private double noise = 2.5;
        private final List<Laid> laid = new ArrayList<>();

        private Builder(int width, int height) {
            if (width < 16 || height < 16) {
                throw new IllegalArgumentException("a scene needs at least 16x16 pixels, was " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
        }

        /** The seed of everything random: lighting, shadows, noise, the striped table, {@link #scatter}. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The table tilted by {@code degrees} (0 to 60) away from the camera about an axis at
         * {@code axisDegrees} in the photo: each coin an ellipse whose longer axis runs along it.
         */
        public Builder tilt(double degrees, double axisDegrees) {
            if (!(degrees >= 0 && degrees <= 60)) {
                throw new IllegalArgumentException("tilt must be in 0..60 degrees, was " + degrees);
            }
            this.tiltDegrees = degrees;
            this.axisDegrees = axisDegrees;
            return this;
        }

        /** The table shows {@code texture}, repeated in mirror image, instead of stripes. */
        public Builder texture(RgbImage texture) {
            this.texture = Objects.requireNonNull(texture, "texture");
            return this;
        }

        /** The lens's blur (Gaussian sigma, pixels; default 0.6) and the sensor's noise (deviation, of 255; default 2.5). */
        public Builder blurAndNoise(double blurSigma, double noiseDeviation) {
            if (blurSigma < 0 || noiseDeviation < 0) {
                throw new IllegalArgumentException("blur and noise must not be negative");
            }
            this.blur = blurSigma;
            this.noise = noiseDeviation;
            return this;
        }

        /**
         * Lays {@code coin} with its centre where the photo shows {@code (x, y)}, {@code radius}
         * pixels in radius (on the table, before any tilt), turned {@code turnDegrees}
         * counter-clockwise; on top of the coins laid before.
         */
        public Builder place(CoinPicture coin, double x, double y, double radius, double turnDegrees) {
            Objects.requireNonNull(coin, "coin");
            if (!(radius >= 2)) {
                throw new IllegalArgumentException("radius must be at least 2 pixels, was " + radius);
            }
            double[] onTable = toTable(x, y);
            laid.add(new Laid(coin, onTable[0], onTable[1], radius, turnDegrees));
            return this;
        }

        /**
         * Lays the coins at random, a 2-euro coin {@code twoEuroFraction} of the photo's shorter
         * side across and every other at its size against it: each one touching a coin laid
         * before or lying apart, some cut by the photo's edge (at least about half of each
         * inside), none covering another. A coin with no room left is not laid.
         */
        public Builder scatter(List<CoinPicture> coins, double twoEuroFraction) {
            if (!(twoEuroFraction > 0 && twoEuroFraction <= 1)) {
                throw new IllegalArgumentException("twoEuroFraction must lie in (0, 1], was " + twoEuroFraction);
            }
            SplittableRandom random = new SplittableRandom(seed ^ 0x5CA77E4L);
            double pixelsPerMm = twoEuroFraction * Math.min(width, height) / CoinPicture.TWO_EURO_MM;
            for (CoinPicture coin : coins) {
                double radius = coin.diameterMm() * pixelsPerMm / 2;
                for (int attempt = 0; attempt < 300; attempt++) {
                    double x;
                    double y;
                    if (!laid.isEmpty() && random.nextDouble() < 0.45) {
                        Laid other = laid.get(random.nextInt(laid.size()));
                        double angle = random.nextDouble(2 * Math.PI);
                        double[] onTable = {other.x + (other.radius + radius + 0.5) * Math.cos(angle),
                                other.y + (other.radius + radius + 0.5) * Math.sin(angle)};
                        double[] inPhoto = toPhoto(onTable[0], onTable[1]);
                        x = inPhoto[0];
                        y = inPhoto[1];
                    } else if (random.nextDouble() < 0.15) {
                        // cut by an edge, its centre at least a tenth of its radius inside
                        double inset = random.nextDouble(0.1, 0.6) * radius;
                        boolean vertical = random.nextBoolean();
                        boolean far = random.nextBoolean();
                        x = vertical ? (far ? width - inset : inset) : random.nextDouble(width);
                        y = vertical ? random.nextDouble(height) : (far ? height - inset : inset);
                    } else {
                        x = random.nextDouble(radius, Math.max(radius + 1, width - radius));
                        y = random.nextDouble(radius, Math.max(radius + 1, height - radius));
                    }
                    if (x < 0 || y < 0 || x > width || y > height) {
                        continue;
                    }
                    double[] onTable = toTable(x, y);
                    if (laid.stream().allMatch(other -> Math.hypot(other.x - onTable[0], other.y - onTable[1])
                            >= other.radius + radius)) {
                        laid.add(new Laid(coin, onTable[0], onTable[1], radius, random.nextDouble(360)));
                        break;
                    }
                }
            }
            return this;
        }

        /** Takes the photo. */
        public TableScene build() {
            SplittableRandom random = new SplittableRandom(seed);
            TableBackground table = TableBackground.drawnFrom(random);
            double[] balance = {random.nextDouble(0.9, 1.1), 1, random.nextDouble(0.9, 1.1)};
            double exposure = random.nextDouble(0.85, 1.1);
            double light = random.nextDouble(2 * Math.PI);
            double lx = Math.cos(light);
            double ly = Math.sin(light);
            List<Face> faces = new ArrayList<>();
            for (Laid coin : laid) {
                faces.add(Face.of(coin, random.nextDouble(0.8, 1.15)));
            }
            RgbImage backdrop = texture;
            double textureScale = backdrop == null ? 1
                    : 0.6 * Math.min(backdrop.width(), backdrop.height()) / Math.min(width, height);
            byte[] sampled = new byte[3];
            float[] pixels = new float[3 * width * height];
            double[] colour = new double[3];
            for (int j = 0; j < height; j++) {
                for (int i = 0; i < width; i++) {
                    double[] t = toTable(i + 0.5, j + 0.5);
                    if (backdrop == null) {
                        double[] c = table.colourAt((int) Math.floor(t[0]), (int) Math.floor(t[1]));
                        colour[0] = c[0] * 255;
                        colour[1] = c[1] * 255;
                        colour[2] = c[2] * 255;
                    } else {
                        BilinearSampler.sampleInto(backdrop, mirrored(t[0] * textureScale, backdrop.width()),
                                mirrored(t[1] * textureScale, backdrop.height()), 128, sampled, 0);
                        for (int c = 0; c < 3; c++) {
                            colour[c] = sampled[c] & 0xFF;
                        }
                    }
                    double shade = 1;
                    for (Face face : faces) {
                        shade = Math.min(shade, face.shadowAt(t[0], t[1], lx, ly));
                    }
                    for (int c = 0; c < 3; c++) {
                        colour[c] *= shade;
                    }
                    for (Face face : faces) {
                        face.paint(t[0], t[1], lx, ly, colour);
                    }
                    for (int c = 0; c < 3; c++) {
                        pixels[3 * (j * width + i) + c] = (float) (colour[c] * exposure * balance[c]);
                    }
                }
            }
            return new TableScene(exposed(pixels, random), truth());
        }

        private List<PlacedCoin> truth() {
            double cos = Math.cos(Math.toRadians(tiltDegrees));
            double across = Math.toRadians(axisDegrees + 90);
            List<PlacedCoin> truth = new ArrayList<>();
            for (Laid coin : laid) {
                double[] centre = toPhoto(coin.x, coin.y);
                CoinEllipse rim = tiltDegrees == 0 ? CoinEllipse.circle(new CoinOutline(centre[0], centre[1], coin.radius))
                        : CoinEllipse.withAxes(centre[0], centre[1], coin.radius * cos, coin.radius, across);
                double c = Math.cos(rim.angle());
                double s = Math.sin(rim.angle());
                double halfWidth = Math.hypot(rim.semiMajor() * c, rim.semiMinor() * s);
                double halfHeight = Math.hypot(rim.semiMajor() * s, rim.semiMinor() * c);
                boolean partial = rim.centerX() - halfWidth < 0 || rim.centerY() - halfHeight < 0
                        || rim.centerX() + halfWidth > width || rim.centerY() + halfHeight > height;
                truth.add(new PlacedCoin(coin.coin.label(), rim, partial));
            }
            return truth;
        }

        private RgbImage exposed(float[] pixels, SplittableRandom random) {
            float[] seen = pixels;
            if (blur > 0.3) {
                seen = new float[pixels.length];
                for (int c = 0; c < 3; c++) {
                    float[] channel = new float[width * height];
                    for (int i = 0; i < channel.length; i++) {
                        channel[i] = pixels[3 * i + c];
                    }
                    float[] blurred = GaussianBlur.blur(channel, width, height, blur, (int) Math.ceil(2.5 * blur));
                    for (int i = 0; i < channel.length; i++) {
                        seen[3 * i + c] = blurred[i];
                    }
                }
            }
            byte[] rgb = new byte[pixels.length];
            for (int i = 0; i < rgb.length; i++) {
                double value = seen[i] + (noise > 0 ? random.nextGaussian() * noise : 0);
                rgb[i] = (byte) Math.max(0, Math.min(255, Math.round(value)));
            }
            return RgbImage.of(width, height, rgb);
        }

        /** The point of the (untilted) table the photo shows at {@code (x, y)}. */
        private double[] toTable(double x, double y) {
            return squash(x, y, 1 / Math.cos(Math.toRadians(tiltDegrees)));
        }

        /** Where the photo shows the table's point {@code (x, y)}. */
        private double[] toPhoto(double x, double y) {
            return squash(x, y, Math.cos(Math.toRadians(tiltDegrees)));
        }

        /** {@code (x, y)} scaled by {@code factor} across the tilt's axis, about the photo's middle. */
        private double[] squash(double x, double y, double factor) {
            double ex = Math.cos(Math.toRadians(axisDegrees + 90));
            double ey = Math.sin(Math.toRadians(axisDegrees + 90));
            double dx = x - width / 2.0;
            double dy = y - height / 2.0;
            double along = (dx * ex + dy * ey) * (factor - 1);
            return new double[] {x + along * ex, y + along * ey};
        }

        private static double mirrored(double coordinate, int size) {
            double period = 2.0 * size;
            double m = coordinate - period * Math.floor(coordinate / period);
            return m < size ? m : period - m;
        }
    }

    private record Laid(CoinPicture coin, double x, double y, double radius, double turnDegrees) {
    }

    /** A laid coin cut out at the size it is laid, with its light. */
    private record Face(Laid coin, RgbImage disc, double gain, double cos, double sin) {

        static Face of(Laid coin, double gain) {
            int size = Math.max(8, (int) Math.ceil(2 * coin.radius()) + 2);
            RgbImage disc = CoinLocator.cutOut(coin.coin().picture(), coin.coin().outline(), size, 0,
                    CoinLocator.OUTSIDE_GREY);
            double turn = Math.toRadians(coin.turnDegrees());
            return new Face(coin, disc, gain, Math.cos(turn), Math.sin(turn));
        }

        /** How much of the light the table gets at {@code (x, y)} under this coin's shadow: 1 outside it. */
        double shadowAt(double x, double y, double lx, double ly) {
            double r = coin.radius();
            double d = Math.hypot(x - (coin.x() - 0.08 * r * lx), y - (coin.y() - 0.08 * r * ly));
            double inside = Math.max(0, Math.min(1, (1.08 * r - d) / (0.25 * r)));
            return 1 - 0.3 * inside;
        }

        /** Paints the coin over {@code colour} (0..255 per channel) where it covers {@code (x, y)}. */
        void paint(double x, double y, double lx, double ly, double[] colour) {
            double dx = x - coin.x();
            double dy = y - coin.y();
            double r = coin.radius();
            double covered = Math.max(0, Math.min(1, r + 0.5 - Math.hypot(dx, dy)));
            if (covered == 0) {
                return;
            }
            // the coin's own frame: undo the turn
            double u = (cos * dx - sin * dy) * (disc.width() / (2 * r)) + disc.width() / 2.0;
            double v = (sin * dx + cos * dy) * (disc.width() / (2 * r)) + disc.width() / 2.0;
            byte[] metal = new byte[3];
            BilinearSampler.sampleInto(disc, u, v, CoinLocator.OUTSIDE_GREY, metal, 0);
            double light = gain * (1 + 0.18 * (dx * lx + dy * ly) / r);
            for (int c = 0; c < 3; c++) {
                colour[c] = covered * (metal[c] & 0xFF) * light + (1 - covered) * colour[c];
            }
        }
    }
}
