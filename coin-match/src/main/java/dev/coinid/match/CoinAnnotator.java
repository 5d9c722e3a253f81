package dev.coinid.match;

import dev.coinid.artifact.AtomicFile;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.error.ImageWriteException;
import dev.coinid.image.CoinEllipse;
import dev.coinid.image.RgbImage;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws the answer of {@link DesignIndex#identifyEvery} on a copy of the photo: each coin
 * outlined and numbered in reading order; each 2-euro national side of a known design outlined in
 * green and labelled with its country, year, short theme, whether it is commemorative, and its
 * score; the common side of a 2-euro coin in blue ("2-euro, common side"), a 2-euro coin of no
 * known design in orange, and every other coin in a thin grey dashed line with its number alone. Lines and letters grow
 * with the photo, so a label is as readable on a phone showing the whole photo as in a 12 MP one.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * CoinsInPhoto coins = DesignIndex.bundled().identifyEvery(ImageSource.of(Path.of("table.jpg")));
 * CoinAnnotator.write(ImageDecoder.defaults().decode(Path.of("table.jpg")), coins, Path.of("table-coins.png"));
 * }</pre>
 */
public final class CoinAnnotator {

    static final Color KNOWN = new Color(40, 200, 90);
    static final Color COMMON = new Color(60, 140, 255);
    static final Color UNKNOWN_TWO_EURO = new Color(255, 150, 30);
    static final Color OTHER = new Color(200, 200, 200);
    /** How many characters of a theme a label shows at most. */
    private static final int THEME_LENGTH = 32;

    private CoinAnnotator() {
    }

    /** The annotated copy of {@code photo} (the picture {@code coins} was read from), same size. */
    public static BufferedImage draw(RgbImage photo, CoinsInPhoto coins) {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(coins, "coins");
        if (photo.width() != coins.width() || photo.height() != coins.height()) {
            throw new IllegalArgumentException("the coins were found in a " + coins.width() + "x" + coins.height()
                    + " photo, not this " + photo.width() + "x" + photo.height() + " one");
        }
        BufferedImage image = photo.toBufferedImage();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int shorter = Math.min(photo.width(), photo.height());
            float line = Math.max(2f, shorter / 250f);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, Math.round(shorter / 40f)));
            g.setFont(font);
            List<int[]> taken = new ArrayList<>();
            for (int i = 0; i < coins.coins().size(); i++) {
                CoinInPhoto coin = coins.coins().get(i);
                Color colour = colourOf(coin);
                outline(g, coin.place().rim(), colour, coin.twoEuro() ? line * 1.5f : line, !coin.twoEuro());
                label(g, coin, i + 1, colour, photo.width(), photo.height(), taken);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the annotated copy and writes it to {@code file}, PNG or JPEG by its extension
     * ({@code .png}, {@code .jpg}, {@code .jpeg}): written under a temporary name in the same
     * folder and moved into place. An {@link ImageWriteException} naming the file when it cannot.
     */
    public static void write(RgbImage photo, CoinsInPhoto coins, Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes = encode(draw(photo, coins), formatOf(file));
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new ImageWriteException(file.toString(), "cannot write the annotated picture: " + e, e);
        }
    }

    /**
     * The annotated copy encoded as {@code format} ({@code "png"} or {@code "jpeg"}): for a server
     * that sends it rather than saving it.
     */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("png")) {
                ImageIO.write(image, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.9f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the annotated picture", e);
        }
        return out.toByteArray();
    }

    /** {@code "png"} or {@code "jpeg"}, by the file's extension; an {@link ImageWriteException} for another. */
    static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "jpeg";
        }
        throw new ImageWriteException(file.toString(), "the annotated picture is written as .png, .jpg or .jpeg");
    }

    /** The label of a coin, without its number: {@code Greece 2004 · Olympic Games in Athens 2004 · commemorative · 0.93}. */
    static String text(CoinInPhoto coin) {
        if (!coin.twoEuro()) {
            return "not a 2-euro coin";
        }
        Identification id = coin.identification().orElseThrow();
        if (id.side() == Side.COMMON) {
            return "2-euro, common side";
        }
        if (!id.known()) {
            return String.format(Locale.ROOT, "2-euro, unknown design (%.2f)", id.score());
        }
        CatalogEntry entry = id.likeliestCoin().orElseThrow();
        String where = id.coin().isPresent() ? entry.countryName() + " " + entry.year() : "common issue " + entry.year();
        String theme = entry.theme().length() <= THEME_LENGTH ? entry.theme()
                : entry.theme().substring(0, THEME_LENGTH - 1).strip() + "\u2026";
        return String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 %s \u00b7 %.2f", where, theme,
                entry.isCommemorative() ? "commemorative" : "regular", id.score());
    }

    private static Color colourOf(CoinInPhoto coin) {
        if (!coin.twoEuro()) {
            return OTHER;
        }
        return switch (coin.side()) {
            case NATIONAL -> KNOWN;
            case COMMON -> COMMON;
            case UNKNOWN -> UNKNOWN_TWO_EURO;
        };
    }

    private static void outline(Graphics2D g, CoinEllipse rim, Color colour, float width, boolean dashed) {
        Shape shape = rim.shape();
        // a dark halo under the line keeps it visible on a light table
        g.setColor(new Color(0, 0, 0, 140));
        g.setStroke(new BasicStroke(width * 2f));
        g.draw(shape);
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {4 * width, 3 * width}, 0) : new BasicStroke(width));
        g.draw(shape);
    }

    /**
     * The coin's number and label on a dark box under it (over it where the photo ends), kept
     * inside the photo and moved down past the boxes drawn before where they would overlap.
     */
    private static void label(Graphics2D g, CoinInPhoto coin, int number, Color colour, int width, int height,
                              List<int[]> taken) {
        // another coin gets its number alone, on the coin, so that the labels that matter stand out
        String text = coin.twoEuro() ? number + "  " + text(coin) : String.valueOf(number);
        FontMetrics metrics = g.getFontMetrics();
        int pad = Math.max(3, metrics.getHeight() / 5);
        int boxWidth = Math.min(width, metrics.stringWidth(text) + 2 * pad);
        int boxHeight = metrics.getHeight() + pad;
        CoinEllipse rim = coin.place().rim();
        int x = (int) Math.round(rim.centerX() - boxWidth / 2.0);
        int y = coin.twoEuro() ? (int) Math.round(rim.centerY() + rim.semiMajor() + pad)
                : (int) Math.round(rim.centerY() - boxHeight / 2.0);
        if (y + boxHeight > height) {
            y = (int) Math.round(rim.centerY() - rim.semiMajor() - pad - boxHeight);
        }
        x = Math.max(0, Math.min(width - boxWidth, x));
        y = Math.max(0, Math.min(height - boxHeight, y));
        for (int[] box : taken) {
            if (x < box[0] + box[2] && box[0] < x + boxWidth && y < box[1] + box[3] && box[1] < y + boxHeight) {
                y = Math.min(height - boxHeight, box[1] + box[3] + 1);
            }
        }
        taken.add(new int[] {x, y, boxWidth, boxHeight});
        g.setColor(new Color(0, 0, 0, 175));
        g.fill(new RoundRectangle2D.Double(x, y, boxWidth, boxHeight, pad * 2, pad * 2));
        g.setColor(colour);
        g.drawString(text, x + pad, y + pad / 2 + metrics.getAscent());
    }
}
