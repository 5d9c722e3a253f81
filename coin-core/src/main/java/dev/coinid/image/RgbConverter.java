package dev.coinid.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Copies a {@link BufferedImage} of any layout into interleaved 8-bit RGB, compositing
 * transparent pixels on white.
 *
 * <p>Gray and 16-bit pictures are read from their raw samples: Java treats a gray raster as
 * linear light and {@link BufferedImage#getRGB} would brighten gray 128 to 188, although PNG and
 * JPEG gray samples are already gamma-encoded like sRGB. A CMYK JPEG without an ICC profile is
 * converted with the usual formula {@code R = 255 (1 - C)(1 - K)} (as ImageMagick and Pillow do;
 * Java's own uncalibrated CMYK space adds an sRGB gamma step and comes out far too bright).
 * Palette and ICC-profiled pictures go through Java's colour management ({@code getRGB}), which
 * is what it is for.
 */
final class RgbConverter {

    private RgbConverter() {
    }

    /**
     * RGB through Java's colour model alone. For pictures from Commons Imaging, which stores a
     * gray picture's colours linearised (so that {@code getRGB} gives them back) rather than
     * its samples.
     */
    static byte[] toRgbColourManaged(BufferedImage image) {
        return isPlainBgr(image) ? fromBgrBytes(image) : fromArgb(image);
    }

    /** RGB from a picture's samples where they are plain gray or RGB, else through its colour model. */
    static byte[] toRgb(BufferedImage image) {
        if (isPlainBgr(image)) {
            return fromBgrBytes(image);
        }
        ColorModel cm = image.getColorModel();
        ColorSpace cs = cm.getColorSpace();
        boolean componentSamples = cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied();
        if (componentSamples && cs.getType() == ColorSpace.TYPE_GRAY) {
            return fromSamples(image, true);
        }
        if (componentSamples && cs.isCS_sRGB() && cm.getComponentSize(0) > 8) {
            return fromSamples(image, false);
        }
        if (cs.getType() == ColorSpace.TYPE_CMYK && !(cs instanceof ICC_ColorSpace)
                && image.getRaster().getNumBands() == 4 && cm.getComponentSize(0) == 8) {
            return fromUncalibratedCmyk(image);
        }
        return fromArgb(image);
    }

    /** The common JPEG case: 3 bytes per pixel stored B, G, R. */
    private static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getPixelStride() == 3
                && sm.getScanlineStride() == 3 * image.getWidth()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getNumBanks() == 1
                && image.getRaster().getDataBuffer().getOffset() == 0;
    }

    private static byte[] fromBgrBytes(BufferedImage image) {
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int[] offsets = ((PixelInterleavedSampleModel) image.getRaster().getSampleModel()).getBandOffsets();
        int n = 3 * image.getWidth() * image.getHeight();
        byte[] rgb = new byte[n];
        int ro = offsets[0];
        int go = offsets[1];
        int bo = offsets[2];
        for (int i = 0; i < n; i += 3) {
            rgb[i] = bgr[i + ro];
            rgb[i + 1] = bgr[i + go];
            rgb[i + 2] = bgr[i + bo];
        }
        return rgb;
    }

    /** Gray, gray+alpha, RGB or RGBA samples of any bit depth, scaled to 0..255. */
    private static byte[] fromSamples(BufferedImage image, boolean gray) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int colourBands = gray ? 1 : 3;
        boolean alpha = cm.hasAlpha();
        int bands = raster.getNumBands();
        double colourMax = (1L << cm.getComponentSize(0)) - 1;
        double alphaMax = alpha ? (1L << cm.getComponentSize(colourBands)) - 1 : 1;
        int[] row = new int[w * bands];
        byte[] rgb = new byte[3 * w * h];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int p = x * bands;
                double a = alpha ? row[p + colourBands] / alphaMax : 1.0;
                for (int c = 0; c < 3; c++) {
                    double v = row[p + (gray ? 0 : c)] / colourMax * 255.0;
                    rgb[o++] = (byte) Math.round(v * a + 255.0 * (1.0 - a));
                }
            }
        }
        return rgb;
    }

    /** CMYK samples (0 = no ink) without a profile: {@code R = 255 (1 - C)(1 - K)}, and so on. */
    private static byte[] fromUncalibratedCmyk(BufferedImage image) {
        Raster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[4 * w];
        byte[] rgb = new byte[3 * w * h];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int p = 0; p < row.length; p += 4) {
                int paper = 255 - row[p + 3];
                rgb[o++] = (byte) (((255 - row[p]) * paper + 127) / 255);
                rgb[o++] = (byte) (((255 - row[p + 1]) * paper + 127) / 255);
                rgb[o++] = (byte) (((255 - row[p + 2]) * paper + 127) / 255);
            }
        }
        return rgb;
    }

    /** Any other layout, through Java's colour management, one row at a time. */
    private static byte[] fromArgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[3 * w * h];
        int[] row = new int[w];
        boolean alpha = image.getColorModel().hasAlpha();
        int o = 0;
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                if (alpha) {
                    int a = argb >>> 24;
                    r = (r * a + 255 * (255 - a) + 127) / 255;
                    g = (g * a + 255 * (255 - a) + 127) / 255;
                    b = (b * a + 255 * (255 - a) + 127) / 255;
                }
                rgb[o++] = (byte) r;
                rgb[o++] = (byte) g;
                rgb[o++] = (byte) b;
            }
        }
        return rgb;
    }
}
