package dev.coinid.synthetic;

import java.util.SplittableRandom;

/**
 * The table a simulated photo shows around the coin: two dull colours running into each other in
 * broad slanted stripes, as wood grain or a patterned cloth would, never plain white. Drawn from
 * a random source, so that a photo's background seed always gives the same table. Immutable.
 */
final class TableBackground {

    private final double[] colour;
    private final double[] otherColour;
    private final double stripeWidth;
    private final double stripeAngle;

    private TableBackground(double[] colour, double[] otherColour, double stripeWidth, double stripeAngle) {
        this.colour = colour;
        this.otherColour = otherColour;
        this.stripeWidth = stripeWidth;
        this.stripeAngle = stripeAngle;
    }

    /** A table whose colours and stripes are the next eight numbers {@code random} draws. */
    static TableBackground drawnFrom(SplittableRandom random) {
        double[] colour = {random.nextDouble(0.2, 0.8), random.nextDouble(0.2, 0.8), random.nextDouble(0.2, 0.8)};
        double[] otherColour = {random.nextDouble(0.2, 0.8), random.nextDouble(0.2, 0.8), random.nextDouble(0.2, 0.8)};
        double stripeWidth = random.nextDouble(6, 40);
        double stripeAngle = random.nextDouble(Math.PI);
        return new TableBackground(colour, otherColour, stripeWidth, stripeAngle);
    }

    /** The table's red, green and blue at pixel (x, y), each 0..1. */
    double[] colourAt(int x, int y) {
        double across = (x * Math.cos(stripeAngle) + y * Math.sin(stripeAngle)) / stripeWidth;
        double t = 0.5 + 0.5 * Math.sin(across);
        double[] rgb = new double[3];
        for (int ch = 0; ch < 3; ch++) {
            rgb[ch] = colour[ch] + (otherColour[ch] - colour[ch]) * t * 0.5;
        }
        return rgb;
    }
}
