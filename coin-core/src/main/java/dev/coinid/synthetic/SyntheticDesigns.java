package dev.coinid.synthetic;

import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.GaussianBlur;
import org.apiguardian.api.API;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Draws made-up 2-euro designs in relief, and pictures of them: a clean "catalog picture" (the
 * coin alone on white, lit from the upper left) and photos taken as a collector would (turned,
 * lit from any side, smaller or larger, anywhere in the frame, on a cluttered table, blurred and
 * noisy). Every design has the same silver ring with twelve stars and a gold core with its own
 * raised shapes, so designs differ only in the core, as real national sides do. For tests and
 * demos of identification without any real coin pictures.
 *
 * <p>Each design is a height map drawn from its number and the generator's seed; pictures are
 * shaded from the map's surface normals (diffuse and specular light), so changing the light's
 * side moves the highlights and shadows the way it does on a real coin. Instances are immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntheticDesigns {

    /** The side of a design's height map, in pixels. */
    private static final int MAP = 384;
    private static final double INNER_CORE = 0.73;
    private static final double[] GOLD = {0.85, 0.70, 0.36};
    private static final double[] SILVER = {0.78, 0.79, 0.80};

    private final long seed;

    private SyntheticDesigns(long seed) {
        this.seed = seed;
    }

    /** The designs of {@code seed}: the same seed draws the same designs. */
    public static SyntheticDesigns withSeed(long seed) {
        return new SyntheticDesigns(seed);
    }

    /**
     * How one photo of a design is taken.
     *
     * @param turnDegrees how far the coin is turned, counter-clockwise
     * @param lightDegrees the side the light comes from, counter-clockwise from the right
     * @param coinFraction the coin's diameter as a fraction of the photo's shorter side
     * @param centreX the coin centre's horizontal position, 0 (left) to 1 (right), kept inside the frame
     * @param centreY the coin centre's vertical position, 0 (top) to 1 (bottom), kept inside the frame
     * @param blur the standard deviation of the blur, in pixels
     * @param noise the standard deviation of the sensor noise, in grey levels
     * @param background the seed of the table under the coin
     */
    public record Shot(double turnDegrees, double lightDegrees, double coinFraction, double centreX, double centreY,
                       double blur, double noise, long background) {

        /** A shot with every choice drawn from {@code random}: the coin 30% to 90% of the shorter side. */
        public static Shot random(SplittableRandom random) {
            return new Shot(random.nextDouble(360), random.nextDouble(360), random.nextDouble(0.3, 0.9),
                    random.nextDouble(), random.nextDouble(), random.nextDouble(0, 1.2), random.nextDouble(0, 6),
                    random.nextLong());
        }

        /**
         * Where the shot puts the coin in a {@code width x height} photo: a rim of {@code coinFraction}
         * of the shorter side across, its centre moved from the middle by {@code centreX} and
         * {@code centreY} only as far as keeps the whole coin in the frame.
         */
        public CoinOutline coinIn(int width, int height) {
            double radius = coinFraction * Math.min(width, height) / 2;
            return new CoinOutline(radius + centreX * (width - 2 * radius), radius + centreY * (height - 2 * radius), radius);
        }

        /** The same shot, the coin turned by {@code degrees} instead. */
        public Shot turned(double degrees) {
            return new Shot(degrees, lightDegrees, coinFraction, centreX, centreY, blur, noise, background);
        }

        /** The same shot, the light from {@code degrees} instead. */
        public Shot litFrom(double degrees) {
            return new Shot(turnDegrees, degrees, coinFraction, centreX, centreY, blur, noise, background);
        }
    }

    /** The catalog picture of design {@code design}: the coin filling a white square of {@code size} pixels. */
    public RgbImage catalogPicture(int design, int size) {
        Shot studio = new Shot(0, 135, 0.96, 0.5, 0.5, 0, 0, 0);
        return render(heightMap(design), studio, size, size, true);
    }

    /** A {@code width x height} photo of design {@code design} taken as {@code shot} says. */
    public RgbImage photo(int design, Shot shot, int width, int height) {
        return render(heightMap(design), shot, width, height, false);
    }

    /** The design's relief, 0 (field) to 1 (highest), {@code MAP x MAP}, the coin's rim on the inscribed circle. */
    private float[] heightMap(int design) {
        BufferedImage map = new BufferedImage(MAP, MAP, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = map.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double c = MAP / 2.0;
            double r = MAP / 2.0;
            // the ring: a raised rim and twelve raised stars, the same on every design
            g.setColor(new Color(200, 200, 200));
            g.setStroke(new BasicStroke((float) (0.04 * r)));
            g.draw(new Ellipse2D.Double(c - 0.97 * r, c - 0.97 * r, 1.94 * r, 1.94 * r));
            for (int s = 0; s < 12; s++) {
                double a = 2 * Math.PI * s / 12;
                g.fill(star(c + 0.86 * r * Math.cos(a), c + 0.86 * r * Math.sin(a), 0.055 * r));
            }
            g.setStroke(new BasicStroke((float) (0.015 * r)));
            g.draw(new Ellipse2D.Double(c - INNER_CORE * r, c - INNER_CORE * r, 2 * INNER_CORE * r, 2 * INNER_CORE * r));
            // the core: the design's own shapes
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + design);
            g.setClip(new Ellipse2D.Double(c - 0.7 * r, c - 0.7 * r, 1.4 * r, 1.4 * r));
            int shapes = 7 + random.nextInt(6);
            for (int k = 0; k < shapes; k++) {
                int level = 90 + random.nextInt(166);
                g.setColor(new Color(level, level, level));
                double x = c + random.nextDouble(-0.5, 0.5) * r;
                double y = c + random.nextDouble(-0.5, 0.5) * r;
                double w = random.nextDouble(0.08, 0.45) * r;
                double h = random.nextDouble(0.04, 0.35) * r;
                AffineTransform turn = AffineTransform.getRotateInstance(random.nextDouble(Math.PI), x, y);
                switch (random.nextInt(5)) {
                    case 0 -> g.fill(turn.createTransformedShape(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h)));
                    case 1 -> g.fill(turn.createTransformedShape(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h)));
                    case 2 -> {
                        g.setStroke(new BasicStroke((float) random.nextDouble(0.02, 0.06) * (float) r,
                                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.draw(turn.createTransformedShape(new Arc2D.Double(x - w, y - w, 2 * w, 2 * w,
                                random.nextDouble(360), random.nextDouble(60, 270), Arc2D.OPEN)));
                    }
                    case 3 -> {
                        Polygon polygon = new Polygon();
                        int corners = 3 + random.nextInt(4);
                        for (int p = 0; p < corners; p++) {
                            double a = 2 * Math.PI * p / corners + random.nextDouble(-0.3, 0.3);
                            double d = w * random.nextDouble(0.5, 1.0);
                            polygon.addPoint((int) Math.round(x + d * Math.cos(a)), (int) Math.round(y + d * Math.sin(a)));
                        }
                        g.fill(polygon);
                    }
                    default -> {
                        // a row of letter-like strokes, as an inscription
                        g.setStroke(new BasicStroke((float) (0.02 * r)));
                        for (int letter = 0; letter < 6; letter++) {
                            double lx = x + letter * 0.07 * r;
                            g.draw(turn.createTransformedShape(new Rectangle2D.Double(lx, y,
                                    0.04 * r, random.nextDouble(0.05, 0.1) * r)));
                        }
                    }
                }
            }
        } finally {
            g.dispose();
        }
        byte[] grey = ((DataBufferByte) map.getRaster().getDataBuffer()).getData();
        float[] height = new float[MAP * MAP];
        for (int i = 0; i < height.length; i++) {
            height[i] = (grey[i] & 0xff) / 255f;
        }
        return boxBlur(boxBlur(height, 2), 2);
    }

    private static Polygon star(double x, double y, double radius) {
        Polygon star = new Polygon();
        for (int p = 0; p < 10; p++) {
            double a = -Math.PI / 2 + Math.PI * p / 5;
            double d = p % 2 == 0 ? radius : radius * 0.45;
            star.addPoint((int) Math.round(x + d * Math.cos(a)), (int) Math.round(y + d * Math.sin(a)));
        }
        return star;
    }

    private static float[] boxBlur(float[] in, int reach) {
        float[] rows = new float[in.length];
        float[] out = new float[in.length];
        for (int y = 0; y < MAP; y++) {
            for (int x = 0; x < MAP; x++) {
                float s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += in[y * MAP + Math.max(0, Math.min(MAP - 1, x + k))];
                }
                rows[y * MAP + x] = s / (2 * reach + 1);
            }
        }
        for (int y = 0; y < MAP; y++) {
            for (int x = 0; x < MAP; x++) {
                float s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += rows[Math.max(0, Math.min(MAP - 1, y + k)) * MAP + x];
                }
                out[y * MAP + x] = s / (2 * reach + 1);
            }
        }
        return out;
    }

    private static RgbImage render(float[] height, Shot shot, int width, int heightPx, boolean studio) {
        SplittableRandom random = new SplittableRandom(shot.background());
        CoinOutline coin = shot.coinIn(width, heightPx);
        double radius = coin.radius();
        double cx = coin.centerX();
        double cy = coin.centerY();
        double turn = Math.toRadians(shot.turnDegrees());
        // the light in the coin's own frame: turning the coin is turning the light the other way
        double light = Math.toRadians(shot.lightDegrees()) + turn;
        double lx = Math.cos(light) * 0.6;
        double ly = -Math.sin(light) * 0.6;
        double lz = 0.8;
        TableBackground table = TableBackground.drawnFrom(random);
        byte[] rgb = new byte[width * heightPx * 3];
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        double scale = (MAP / 2.0) / radius;
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                double[] colour;
                if (dx * dx + dy * dy > radius * radius) {
                    if (studio) {
                        colour = new double[]{1, 1, 1};
                    } else {
                        colour = table.colourAt(x, y);
                    }
                } else {
                    // the coin's frame: undo the turn (counter-clockwise on screen)
                    double u = (cos * dx - sin * dy) * scale + MAP / 2.0;
                    double v = (sin * dx + cos * dy) * scale + MAP / 2.0;
                    double hx = sample(height, u + 1, v) - sample(height, u - 1, v);
                    double hy = sample(height, u, v + 1) - sample(height, u, v - 1);
                    double nx = -hx * 6;
                    double ny = -hy * 6;
                    double norm = Math.sqrt(nx * nx + ny * ny + 1);
                    double diffuse = Math.max(0, (nx * lx + ny * ly + lz) / norm);
                    double specular = Math.pow(Math.max(0, (nx * lx + ny * ly + lz) / norm), 20) * 0.35;
                    double rho = Math.hypot(u - MAP / 2.0, v - MAP / 2.0) / (MAP / 2.0);
                    double[] metal = rho < INNER_CORE ? GOLD : SILVER;
                    colour = new double[3];
                    for (int ch = 0; ch < 3; ch++) {
                        colour[ch] = metal[ch] * (0.25 + 0.75 * diffuse) + specular;
                    }
                }
                int o = 3 * (y * width + x);
                for (int ch = 0; ch < 3; ch++) {
                    double value = colour[ch] * 255 + (shot.noise() > 0 ? random.nextGaussian() * shot.noise() : 0);
                    rgb[o + ch] = (byte) Math.max(0, Math.min(255, Math.round(value)));
                }
            }
        }
        RgbImage image = RgbImage.of(width, heightPx, rgb);
        return shot.blur() > 0.3 ? GaussianBlur.blur(image, shot.blur()) : image;
    }

    private static double sample(float[] map, double u, double v) {
        int x = (int) Math.max(0, Math.min(MAP - 1, Math.round(u)));
        int y = (int) Math.max(0, Math.min(MAP - 1, Math.round(v)));
        return map[y * MAP + x];
    }
}
