package dev.coinid.image;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Unwraps a coin into polar coordinates: a picture {@code angles} pixels wide and {@code radii}
 * pixels high whose column {@code k} is the ray from the coin's centre at {@code 360 k / angles}
 * degrees (clockwise from the right, as y points down) and whose row {@code j} is the circle at
 * {@code (j + 0.5) / radii} of the rim's radius: the centre at the top, the rim at the bottom.
 *
 * <p>What it is for: turning a coin by any angle becomes a cyclic shift of the columns, so a
 * network with convolutions and global pooling, trained with random cyclic shifts, sees every
 * orientation of a coin as the same picture moved sideways, which it handles far better than
 * rotations. Cutting out at the rim also removes the background and fixes the coin's scale.
 */
@API(status = INTERNAL, since = "0.1")
public final class PolarUnwrapper {

    /** How much wider than the rim the coin is cut out before unwrapping, so the rim itself is kept. */
    static final double RIM_MARGIN = 0.03;

    private PolarUnwrapper() {
    }

    /**
     * The coin inside {@code outline} unwrapped to {@code angles x radii} pixels, antialiased: the
     * coin is cut out {@code 1.5 * angles} pixels across, sampled in polar coordinates at twice the
     * size asked for, then shrunk.
     */
    public static RgbImage unwrap(RgbImage picture, CoinOutline outline, int angles, int radii) {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(outline, "outline");
        if (angles < 4 || radii < 2) {
            throw new IllegalArgumentException("need at least 4 angles and 2 radii, was " + angles + "x" + radii);
        }
        int cutSize = (int) Math.ceil(1.5 * angles);
        RgbImage cut = CoinLocator.cutOut(picture, outline, cutSize, RIM_MARGIN, CoinLocator.OUTSIDE_GREY);
        RgbImage unwrapped = sample(cut, 2 * angles, 2 * radii);
        return ImageResizer.resize(unwrapped, angles, radii);
    }

    /** Bilinear samples of a centred cut-out along {@code angles} rays at {@code radii} radii out to its rim. */
    private static RgbImage sample(RgbImage cut, int angles, int radii) {
        byte[] out = new byte[angles * radii * 3];
        double centre = cut.width() / 2.0;
        double rim = centre / (1 + RIM_MARGIN);
        for (int j = 0; j < radii; j++) {
            double r = rim * (j + 0.5) / radii;
            for (int k = 0; k < angles; k++) {
                double theta = 2 * Math.PI * k / angles;
                // the circle stays inside the cut-out, so its outside grey is never read
                BilinearSampler.sampleInto(cut, centre + r * Math.cos(theta), centre + r * Math.sin(theta),
                        CoinLocator.OUTSIDE_GREY, out, 3 * (j * angles + k));
            }
        }
        return RgbImage.of(angles, radii, out);
    }
}
