package dev.coinid.research;

import dev.coinid.image.RgbImage;

import java.util.Random;

/**
 * Pictures with no coin in them, drawn at random: smooth colour gradients, noise, stripes and
 * scattered rectangles, the things a camera sees when it misses the coin.
 */
final class NoCoinPictures {

    private NoCoinPictures() {
    }

    static RgbImage draw(Random random, int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        int kind = random.nextInt(4);
        int[] a = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        int[] b = {random.nextInt(256), random.nextInt(256), random.nextInt(256)};
        double angle = random.nextDouble() * Math.PI;
        double period = 8 + random.nextInt(40);
        int[][] boxes = new int[12][4];
        for (int[] box : boxes) {
            box[0] = random.nextInt(width);
            box[1] = random.nextInt(height);
            box[2] = 10 + random.nextInt(width / 3);
            box[3] = 10 + random.nextInt(height / 3);
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = switch (kind) {
                    case 0 -> (x * Math.cos(angle) + y * Math.sin(angle)) / (width + height) + 0.5;
                    case 1 -> random.nextDouble();
                    case 2 -> 0.5 + 0.5 * Math.sin((x * Math.cos(angle) + y * Math.sin(angle)) / period * 2 * Math.PI);
                    default -> insideAny(boxes, x, y) ? 1 : 0;
                };
                t = Math.max(0, Math.min(1, t));
                int o = 3 * (y * width + x);
                for (int c = 0; c < 3; c++) {
                    rgb[o + c] = (byte) Math.round(a[c] + (b[c] - a[c]) * t);
                }
            }
        }
        return RgbImage.of(width, height, rgb);
    }

    private static boolean insideAny(int[][] boxes, int x, int y) {
        for (int[] box : boxes) {
            if (x >= box[0] && x < box[0] + box[2] && y >= box[1] && y < box[1] + box[3]) {
                return true;
            }
        }
        return false;
    }
}
