package dev.coinid.examples.quality;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;

import java.util.Optional;
import java.nio.file.Path;

/**
 * A correction applied to every photo of an experiment (training, validation and test alike)
 * before the model sees it: a way to try a preprocessing lever before it is in the library.
 * The shared photos are cropped around one coin, centred, so the coin is close to the inscribed
 * circle of the picture.
 */
public enum PhotoCorrection {

    /** The photo as it is. */
    NONE,

    /** Everything outside the inscribed circle painted mid-grey: the background is gone. */
    CIRCLE_MASK,

    /** Grey-world white balance measured inside the inscribed circle: the coin's mean colour becomes grey. */
    GREY_WORLD,

    /** {@link #GREY_WORLD}, then {@link #CIRCLE_MASK}. */
    GREY_WORLD_MASK,

    /** Luminance only, copied to the three channels. */
    GRAY,

    /** The coin's rim found ({@link CoinLocator}) and the coin cut out at 128x128, grey outside. */
    CUTOUT,

    /** {@link #CUTOUT}, then {@link #GRAY}. */
    CUTOUT_GRAY,

    /** {@link #CUTOUT_GRAY} unwrapped to polar coordinates: 128 angles wide, 32 radii high. */
    POLAR_GRAY,

    /** The coin cut out and unwrapped to polar coordinates, in colour. */
    POLAR;

    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();

    /** {@code photos} with every picture corrected when loaded; names, labels and groups unchanged. */
    public ImageDataset applyTo(ImageDataset photos) {
        if (this == NONE) {
            return photos;
        }
        return ImageDataset.of(photos.labels(), photos.stream()
                .map(i -> new LabelledImage(corrected(i.source()), i.label(), i.group())).toList());
    }

    /** One picture corrected. */
    public RgbImage apply(RgbImage photo) {
        byte[] rgb = photo.toRgbBytes();
        int w = photo.width();
        int h = photo.height();
        switch (this) {
            case NONE -> {
                return photo;
            }
            case CIRCLE_MASK -> mask(rgb, w, h);
            case GREY_WORLD -> balance(rgb, w, h);
            case GREY_WORLD_MASK -> {
                balance(rgb, w, h);
                mask(rgb, w, h);
            }
            case GRAY -> gray(rgb);
            case POLAR, POLAR_GRAY -> {
                RgbImage cut = CoinLocator.cutOut(photo, LOCATOR.locate(photo), 192, 0.03, 128);
                RgbImage unwrapped = polar(cut, 256, 64);
                if (this == POLAR) {
                    return unwrapped;
                }
                byte[] g = unwrapped.toRgbBytes();
                gray(g);
                return RgbImage.of(256, 64, g);
            }
            case CUTOUT, CUTOUT_GRAY -> {
                RgbImage cut = CoinLocator.cutOut(photo, LOCATOR.locate(photo), 128, 0.03, 128);
                if (this == CUTOUT) {
                    return cut;
                }
                byte[] cutRgb = cut.toRgbBytes();
                gray(cutRgb);
                return RgbImage.of(128, 128, cutRgb);
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    private ImageSource corrected(ImageSource source) {
        return new ImageSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public Optional<Path> path() {
                return source.path();
            }

            @Override
            public RgbImage load() {
                return apply(source.load());
            }
        };
    }

    private static boolean insideCircle(int x, int y, int w, int h) {
        double dx = x + 0.5 - w / 2.0;
        double dy = y + 0.5 - h / 2.0;
        double r = Math.min(w, h) / 2.0;
        return dx * dx + dy * dy <= r * r;
    }

    private static void mask(byte[] rgb, int w, int h) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!insideCircle(x, y, w, h)) {
                    int i = 3 * (y * w + x);
                    rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) 128;
                }
            }
        }
    }

    private static void balance(byte[] rgb, int w, int h) {
        double[] sum = new double[3];
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (insideCircle(x, y, w, h)) {
                    int i = 3 * (y * w + x);
                    for (int c = 0; c < 3; c++) {
                        sum[c] += rgb[i + c] & 0xFF;
                    }
                    n++;
                }
            }
        }
        double grey = (sum[0] + sum[1] + sum[2]) / 3;
        double[] gain = new double[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = grey / Math.max(sum[c], 1);
        }
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) Math.min(255, Math.round((rgb[i] & 0xFF) * gain[i % 3]));
        }
    }

    static RgbImage polar(RgbImage cut, int angles, int radii) {
        byte[] out = new byte[angles * radii * 3];
        double c = cut.width() / 2.0;
        double rim = c / 1.03;
        for (int j = 0; j < radii; j++) {
            double r = rim * (j + 0.5) / radii;
            for (int i = 0; i < angles; i++) {
                double t = 2 * Math.PI * i / angles;
                double x = c + r * Math.cos(t) - 0.5;
                double y = c + r * Math.sin(t) - 0.5;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                double ax = x - x0;
                double ay = y - y0;
                for (int ch = 0; ch < 3; ch++) {
                    double v = (1 - ay) * ((1 - ax) * s(cut, x0, y0, ch) + ax * s(cut, x0 + 1, y0, ch))
                            + ay * ((1 - ax) * s(cut, x0, y0 + 1, ch) + ax * s(cut, x0 + 1, y0 + 1, ch));
                    out[3 * (j * angles + i) + ch] = (byte) Math.round(v);
                }
            }
        }
        return RgbImage.of(angles, radii, out);
    }

    private static int s(RgbImage im, int x, int y, int c) {
        return im.sample(Math.max(0, Math.min(im.width() - 1, x)), Math.max(0, Math.min(im.height() - 1, y)), c);
    }

    private static void gray(byte[] rgb) {
        for (int i = 0; i < rgb.length; i += 3) {
            int y = (int) Math.round(0.299 * (rgb[i] & 0xFF) + 0.587 * (rgb[i + 1] & 0xFF) + 0.114 * (rgb[i + 2] & 0xFF));
            rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) y;
        }
    }
}
