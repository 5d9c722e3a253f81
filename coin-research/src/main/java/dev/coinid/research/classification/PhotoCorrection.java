package dev.coinid.research.classification;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.Luminance;

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

    /** The coin's rim found ({@link CoinLocator}), the coin cut out at 128x128, grey outside, then {@link #GRAY}. */
    CUTOUT_GRAY;

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
            case CUTOUT_GRAY -> {
                RgbImage cut = CoinLocator.cutOut(photo, LOCATOR.locate(photo), 128, 0.03, CoinLocator.OUTSIDE_GREY);
                byte[] cutRgb = cut.toRgbBytes();
                gray(cutRgb);
                return RgbImage.of(128, 128, cutRgb);
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    private ImageSource corrected(ImageSource source) {
        return new ChangedOnLoad(source, this::apply);
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

    private static void gray(byte[] rgb) {
        for (int i = 0; i < rgb.length; i += 3) {
            int y = Math.round(Luminance.of(rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF));
            rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) y;
        }
    }
}
