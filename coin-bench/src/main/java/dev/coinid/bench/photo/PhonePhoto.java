package dev.coinid.bench.photo;

import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * A drawn stand-in for a phone photo of a coin: a coin on a textured table under a lighting
 * gradient, with sensor-like noise, so its JPEG is as large and as costly to decode as a real
 * photo's (a flat drawing would compress to almost nothing and decode unrealistically fast).
 * Also cuts the coin out as the data sets' 256x256 crops are cut.
 */
public final class PhonePhoto {

    /** A 12-megapixel phone camera's frame. */
    public static final int PHONE_WIDTH = 4000;
    public static final int PHONE_HEIGHT = 3000;
    /** The JPEG quality phones and the benchmarks write. */
    public static final float JPEG_QUALITY = 0.9f;

    private static final int NOISE_AMPLITUDE = 10;

    private PhonePhoto() {
    }

    /** A {@code width x height} photo of one coin filling about two thirds of the short side. */
    public static BufferedImage draw(int width, int height, long seed) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(38, 112, 96), width, height, new Color(18, 64, 58)));
            g.fillRect(0, 0, width, height);
            drawCoin(g, width / 2, height / 2, coinRadius(width, height));
        } finally {
            g.dispose();
        }
        addNoise(photo, seed);
        return photo;
    }

    /** The square around the coin of a photo {@link #draw} made, downscaled to {@code size x size}: a data-set crop. */
    public static BufferedImage coinCrop(BufferedImage photo, int size) {
        int radius = coinRadius(photo.getWidth(), photo.getHeight());
        int side = Math.min(2 * radius + radius / 5, Math.min(photo.getWidth(), photo.getHeight()));
        RgbImage square = RgbImage.fromBufferedImage(photo)
                .crop((photo.getWidth() - side) / 2, (photo.getHeight() - side) / 2, side, side);
        return ImageResizer.resize(square, size, size).toBufferedImage();
    }

    /** The picture encoded as a baseline JPEG of the given quality (0 to 1) by ImageIO. */
    public static byte[] jpeg(BufferedImage picture, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the JPEG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int coinRadius(int width, int height) {
        return Math.min(width, height) / 3;
    }

    private static void drawCoin(Graphics2D g, int cx, int cy, int radius) {
        // outer ring: silvery, lit from the top left
        g.setPaint(new RadialGradientPaint(cx - radius / 3f, cy - radius / 3f, 1.6f * radius,
                new float[] {0f, 1f}, new Color[] {new Color(228, 228, 222), new Color(120, 122, 124)}));
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        // inner disc: golden
        int inner = radius * 2 / 3;
        g.setPaint(new RadialGradientPaint(cx - inner / 3f, cy - inner / 3f, 1.6f * inner,
                new float[] {0f, 1f}, new Color[] {new Color(236, 204, 120), new Color(150, 112, 40)}));
        g.fillOval(cx - inner, cy - inner, 2 * inner, 2 * inner);
        // relief: a star, a ring of dots and a value
        g.setColor(new Color(110, 80, 30));
        g.setStroke(new BasicStroke(Math.max(2, radius / 60f)));
        g.drawPolygon(star(cx, cy, inner * 3 / 4, inner / 3));
        int dots = 12;
        for (int i = 0; i < dots; i++) {
            double angle = 2 * Math.PI * i / dots;
            int x = (int) (cx + 0.85 * radius * Math.cos(angle));
            int y = (int) (cy + 0.85 * radius * Math.sin(angle));
            int dot = Math.max(2, radius / 20);
            g.setColor(new Color(90, 92, 94));
            g.fillOval(x - dot, y - dot, 2 * dot, 2 * dot);
        }
        g.setColor(new Color(90, 62, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, inner / 2)));
        g.drawString("2", cx - inner / 8, cy + inner / 6);
    }

    private static Polygon star(int cx, int cy, int outer, int inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 5 * i - Math.PI / 2;
            int r = i % 2 == 0 ? outer : inner;
            star.addPoint((int) (cx + r * Math.cos(angle)), (int) (cy + r * Math.sin(angle)));
        }
        return star;
    }

    /** Adds independent noise to every channel of every pixel, as a phone sensor does. */
    private static void addNoise(BufferedImage photo, long seed) {
        int[] pixels = ((DataBufferInt) photo.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            int r = clamp(((rgb >> 16) & 0xFF) + random.nextInt(-NOISE_AMPLITUDE, NOISE_AMPLITUDE + 1));
            int gr = clamp(((rgb >> 8) & 0xFF) + random.nextInt(-NOISE_AMPLITUDE, NOISE_AMPLITUDE + 1));
            int b = clamp((rgb & 0xFF) + random.nextInt(-NOISE_AMPLITUDE, NOISE_AMPLITUDE + 1));
            pixels[i] = (r << 16) | (gr << 8) | b;
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
