package dev.coinid.synthetic;

import dev.coinid.image.internal.GaussianBlur;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints one synthetic coin photo and encodes it as JPEG. Everything but the motif's shape is
 * drawn at random, from the same distributions for every class: which metal is outside, the
 * coin's size, position and rotation, the background and its clutter, the light, the colour cast,
 * blur, sensor noise and the JPEG quality.
 */
final class CoinRenderer {

    private static final Color GOLD = new Color(204, 168, 82);
    private static final Color SILVER = new Color(188, 190, 192);

    private final int size;

    CoinRenderer(int size) {
        this.size = size;
    }

    /** A JPEG of a coin bearing {@code motif}, every other choice drawn from {@code random}. */
    byte[] renderJpeg(CoinMotif motif, SplittableRandom random) {
        BufferedImage canvas = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            paintBackground(g, random);
            paintCoin(g, motif, random);
            paintLight(g, random);
        } finally {
            g.dispose();
        }
        BufferedImage photo = develop(canvas, random);
        return encodeJpeg(photo, (float) random.nextDouble(0.5, 0.95));
    }

    private void paintBackground(Graphics2D g, SplittableRandom random) {
        float hue = (float) random.nextDouble();
        Color a = Color.getHSBColor(hue, (float) random.nextDouble(0.1, 0.7), (float) random.nextDouble(0.25, 0.9));
        Color b = Color.getHSBColor(hue + (float) random.nextDouble(-0.08, 0.08),
                (float) random.nextDouble(0.1, 0.7), (float) random.nextDouble(0.25, 0.9));
        g.setPaint(new GradientPaint(point(random), a, point(random), b));
        g.fillRect(0, 0, size, size);
        int clutter = random.nextInt(2, 7);
        for (int i = 0; i < clutter; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(20, 90)));
            if (random.nextBoolean()) {
                double w = size * random.nextDouble(0.1, 0.5);
                double h = size * random.nextDouble(0.1, 0.5);
                g.fill(new Ellipse2D.Double(size * random.nextDouble() - w / 2, size * random.nextDouble() - h / 2, w, h));
            } else {
                g.setStroke(new BasicStroke((float) (size * random.nextDouble(0.01, 0.05))));
                g.draw(new Line2D.Double(point(random), point(random)));
            }
        }
    }

    private void paintCoin(Graphics2D g, CoinMotif motif, SplittableRandom random) {
        double radius = size * random.nextDouble(0.28, 0.40);
        double room = size / 2.0 - radius;
        double cx = size / 2.0 + random.nextDouble(-0.6, 0.6) * room;
        double cy = size / 2.0 + random.nextDouble(-0.6, 0.6) * room;
        double rotation = random.nextDouble(0, 2 * Math.PI);
        boolean goldOutside = random.nextBoolean();
        Color outer = jitter(goldOutside ? GOLD : SILVER, random);
        Color inner = jitter(goldOutside ? SILVER : GOLD, random);

        // a soft shadow, then the ring, the centre, and the thin line between them
        double shadowX = size * random.nextDouble(-0.03, 0.03);
        double shadowY = size * random.nextDouble(0.0, 0.04);
        g.setColor(new Color(0, 0, 0, random.nextInt(40, 110)));
        g.fill(circle(cx + shadowX, cy + shadowY, radius * 1.02));
        g.setPaint(metal(cx, cy, radius, outer, random));
        g.fill(circle(cx, cy, radius));
        double innerRadius = radius * random.nextDouble(0.62, 0.70);
        g.setPaint(metal(cx, cy, innerRadius, inner, random));
        g.fill(circle(cx, cy, innerRadius));
        g.setStroke(new BasicStroke((float) Math.max(0.6, radius * 0.04)));
        g.setColor(shade(outer, 0.55));
        g.draw(circle(cx, cy, radius * 0.985));
        g.setColor(shade(inner, 0.6));
        g.draw(circle(cx, cy, innerRadius));
        g.setColor(shade(outer, 0.75));
        g.setStroke(new BasicStroke((float) Math.max(0.5, radius * 0.02)));
        g.draw(circle(cx, cy, radius * 0.86));

        // the motif, struck darker into the centre, at any angle
        AffineTransform place = new AffineTransform();
        place.translate(cx, cy);
        place.rotate(rotation);
        double scale = innerRadius * random.nextDouble(0.72, 0.86);
        place.scale(scale, scale);
        g.setColor(shade(inner, random.nextDouble(0.35, 0.55)));
        g.fill(place.createTransformedShape(motif.outline()));
    }

    private void paintLight(Graphics2D g, SplittableRandom random) {
        Color bright = new Color(255, 255, 255, random.nextInt(0, 90));
        Color dark = new Color(0, 0, 0, random.nextInt(0, 110));
        g.setPaint(new GradientPaint(point(random), bright, point(random), dark));
        g.fillRect(0, 0, size, size);
    }

    /** Colour cast, contrast, brightness, blur and noise, as a cheap camera would add them. */
    private BufferedImage develop(BufferedImage canvas, SplittableRandom random) {
        int[] argb = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        int n = size * size;
        float[][] channels = new float[3][n];
        double contrast = random.nextDouble(0.75, 1.25);
        double brightness = random.nextDouble(-25, 25);
        for (int c = 0; c < 3; c++) {
            double cast = random.nextDouble(0.8, 1.2);
            int shift = 16 - 8 * c;
            for (int i = 0; i < n; i++) {
                double v = (argb[i] >> shift) & 0xFF;
                channels[c][i] = (float) (((v - 128) * contrast + 128) * cast + brightness);
            }
        }
        double sigma = random.nextDouble() < 0.6 ? random.nextDouble(0.3, 1.1) : 0.0;
        double noise = random.nextDouble(0.5, 7.0);
        BufferedImage photo = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        for (int c = 0; c < 3; c++) {
            float[] channel = sigma > 0 ? blur(channels[c], sigma) : channels[c];
            for (int i = 0; i < n; i++) {
                double v = channel[i] + noise * random.nextGaussian();
                bgr[3 * i + 2 - c] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return photo;
    }

    /** A separable Gaussian blur with clamped edges, cut off at two standard deviations. */
    private float[] blur(float[] channel, double sigma) {
        return GaussianBlur.blur(channel, size, size, sigma, (int) Math.ceil(2 * sigma));
    }

    private static byte[] encodeJpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private RadialGradientPaint metal(double cx, double cy, double radius, Color base, SplittableRandom random) {
        double angle = random.nextDouble(0, 2 * Math.PI);
        Point2D highlight = new Point2D.Double(cx + 0.4 * radius * Math.cos(angle), cy + 0.4 * radius * Math.sin(angle));
        return new RadialGradientPaint(new Point2D.Double(cx, cy), (float) radius, highlight,
                new float[] {0f, 1f}, new Color[] {shade(base, 1.2), shade(base, 0.8)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }

    private Point2D point(SplittableRandom random) {
        return new Point2D.Double(size * random.nextDouble(), size * random.nextDouble());
    }

    private static Ellipse2D circle(double cx, double cy, double radius) {
        return new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    private static Color jitter(Color c, SplittableRandom random) {
        return new Color(clamp(c.getRed() + random.nextInt(-18, 19)), clamp(c.getGreen() + random.nextInt(-18, 19)),
                clamp(c.getBlue() + random.nextInt(-18, 19)));
    }

    private static Color shade(Color c, double factor) {
        return new Color(clamp((int) Math.round(c.getRed() * factor)), clamp((int) Math.round(c.getGreen() * factor)),
                clamp((int) Math.round(c.getBlue() * factor)));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
