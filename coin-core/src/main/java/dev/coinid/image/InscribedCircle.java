package dev.coinid.image;

/**
 * The circle inscribed in a picture, where a centred coin lies: {@link PhotoFitter#coinCircle}
 * paints everything outside it one neutral grey, so background colour and texture cannot be learnt.
 */
final class InscribedCircle {

    private InscribedCircle() {
    }

    /**
     * A copy of {@code image} with every pixel whose centre lies outside the inscribed circle painted
     * {@link CoinLocator#OUTSIDE_GREY}.
     */
    static RgbImage maskOutside(RgbImage image) {
        int w = image.width();
        int h = image.height();
        double radius = Math.min(w, h) / 2.0;
        byte[] rgb = image.toRgbBytes();
        for (int y = 0; y < h; y++) {
            double dy = y + 0.5 - h / 2.0;
            for (int x = 0; x < w; x++) {
                double dx = x + 0.5 - w / 2.0;
                if (dx * dx + dy * dy > radius * radius) {
                    int i = 3 * (y * w + x);
                    rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) CoinLocator.OUTSIDE_GREY;
                }
            }
        }
        return RgbImage.of(w, h, rgb);
    }
}
