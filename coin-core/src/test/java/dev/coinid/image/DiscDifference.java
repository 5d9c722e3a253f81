package dev.coinid.image;

/** How far a cut-out disc is from the flat coin it should show: the tilt tests' measure. */
final class DiscDifference {

    private DiscDifference() {
    }

    /**
     * The mean absolute difference per channel, inside the disc's inner 90%, between {@code disc}
     * and {@code flat} turned by {@code angle} (the point (u, v) of the disc against the point of
     * {@code flat} at (u, v) turned by {@code angle}).
     */
    static double mean(RgbImage disc, RgbImage flat, double angle) {
        int size = disc.width();
        double half = size / 2.0;
        double sum = 0;
        int n = 0;
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                double u = (i + 0.5 - half) / half;
                double v = (j + 0.5 - half) / half;
                if (u * u + v * v > 0.81) {
                    continue;
                }
                double x = u * Math.cos(angle) - v * Math.sin(angle);
                double y = u * Math.sin(angle) + v * Math.cos(angle);
                int fi = (int) Math.floor((x + 1) * half);
                int fj = (int) Math.floor((y + 1) * half);
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs(disc.sample(i, j, c) - flat.sample(fi, fj, c));
                }
                n += 3;
            }
        }
        return sum / n;
    }
}
