package dev.coinid.synthetic;

import dev.coinid.image.BilinearSampler;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Shows a photo of a coin taken square on as a camera would have seen it tilted: the coin, and the
 * table it lies on with it, turned by {@code tiltDegrees} about an axis through the coin's centre
 * that runs at {@code axisDegrees} in the picture (0: along x, 90: along y), seen by a pinhole
 * camera {@code distanceMm} from the coin's centre, or from infinitely far (the affine limit, with
 * {@link Double#POSITIVE_INFINITY}). The coin's centre stays where it was and keeps its scale; the
 * coin shrinks across the axis to about the cosine of the tilt, its nearer half a little larger
 * than its farther half. For developing and testing tilt correction.
 *
 * @param tiltDegrees how far the coin is tilted, 0 (square on) to under 90
 * @param axisDegrees the direction of the axis it is tilted about, in the picture
 * @param distanceMm how far the camera is from the coin's centre, in millimetres (a 2-euro coin is 25.75 mm across)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TiltedCamera(double tiltDegrees, double axisDegrees, double distanceMm) {

    /** A 2-euro coin's diameter, in millimetres. */
    public static final double COIN_DIAMETER_MM = 25.75;
    /** How far a phone is from a coin it photographs close up: about 12 cm. */
    public static final double CLOSE_UP_MM = 120;

    public TiltedCamera {
        if (!(tiltDegrees >= 0 && tiltDegrees < 90)) {
            throw new IllegalArgumentException("tilt must be in [0, 90) degrees, was " + tiltDegrees);
        }
        if (!(distanceMm > COIN_DIAMETER_MM)) {
            throw new IllegalArgumentException("the camera must be farther than the coin is wide, was " + distanceMm);
        }
    }

    /**
     * {@code photo}, in which the coin lies square on at {@code coin}, as this camera sees it:
     * the same size, every point the camera sees beyond the photo painted mid grey.
     */
    public RgbImage view(RgbImage photo, CoinOutline coin) {
        double pixelsPerMm = 2 * coin.radius() / COIN_DIAMETER_MM;
        double distance = distanceMm * pixelsPerMm; // in pixels, which is also the focal length
        double tilt = Math.toRadians(tiltDegrees);
        double axis = Math.toRadians(axisDegrees);
        double[][] turn = rotation(Math.cos(axis), Math.sin(axis), tilt);
        // the table's normal after the turn: the third column of the rotation
        double nx = turn[0][2];
        double ny = turn[1][2];
        double nz = turn[2][2];
        int w = photo.width();
        int h = photo.height();
        byte[] out = new byte[3 * w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double qx = i + 0.5 - coin.centerX();
                double qy = j + 0.5 - coin.centerY();
                // the point of the turned table the camera sees at (qx, qy): the camera sits at
                // (0, 0, -distance) looking along z, the table passes through the origin
                double x;
                double y;
                double z;
                if (Double.isInfinite(distance)) {
                    x = qx;
                    y = qy;
                    z = -(nx * qx + ny * qy) / nz;
                } else {
                    double t = nz * distance / (nx * qx + ny * qy + nz * distance);
                    x = t * qx;
                    y = t * qy;
                    z = -distance + t * distance;
                }
                // back onto the untilted table: the inverse (transposed) rotation
                double px = turn[0][0] * x + turn[1][0] * y + turn[2][0] * z;
                double py = turn[0][1] * x + turn[1][1] * y + turn[2][1] * z;
                BilinearSampler.sampleInto(photo, coin.centerX() + px, coin.centerY() + py, 128, out, 3 * (j * w + i));
            }
        }
        return RgbImage.of(w, h, out);
    }

    /** The rotation by {@code angle} about the unit axis {@code (ax, ay, 0)} (Rodrigues' formula). */
    private static double[][] rotation(double ax, double ay, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double k = 1 - c;
        return new double[][] {
                {c + ax * ax * k, ax * ay * k, ay * s},
                {ax * ay * k, c + ay * ay * k, -ax * s},
                {-ay * s, ax * s, c},
        };
    }
}
