package dev.coinid.image;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The eight values of the EXIF orientation tag (274): how a camera's stored pixels must be
 * turned to show the picture upright. Phones store a portrait photo as a landscape one with
 * tag 6, so a decoder that ignores the tag hands a model a coin lying on its side.
 *
 * <p>{@link #apply(RgbImage)} returns the upright picture; the transposing values (5 to 8)
 * swap width and height.
 */
@API(status = INTERNAL, since = "0.1")
public enum ExifOrientation {
    /** 1: stored upright. */
    NORMAL(1, false, false, false),
    /** 2: stored mirrored left to right. */
    MIRROR_HORIZONTAL(2, false, true, false),
    /** 3: stored upside down. */
    ROTATE_180(3, false, true, true),
    /** 4: stored mirrored top to bottom. */
    MIRROR_VERTICAL(4, false, false, true),
    /** 5: stored mirrored along the main diagonal (transposed). */
    TRANSPOSE(5, true, false, false),
    /** 6: must be rotated 90 degrees clockwise (a phone held upright). */
    ROTATE_90_CLOCKWISE(6, true, false, true),
    /** 7: stored mirrored along the anti-diagonal (transversed). */
    TRANSVERSE(7, true, true, true),
    /** 8: must be rotated 90 degrees counter-clockwise. */
    ROTATE_90_COUNTER_CLOCKWISE(8, true, true, false);

    private final int tag;
    private final boolean transposes;
    private final boolean fromRight;
    private final boolean fromBottom;

    /**
     * @param transposes whether output rows run along source columns
     * @param fromRight whether the upright picture's first pixel comes from the source's right edge
     * @param fromBottom whether it comes from the source's bottom edge
     */
    ExifOrientation(int tag, boolean transposes, boolean fromRight, boolean fromBottom) {
        this.tag = tag;
        this.transposes = transposes;
        this.fromRight = fromRight;
        this.fromBottom = fromBottom;
    }

    /** The value of the EXIF tag, 1 to 8. */
    public int tag() {
        return tag;
    }

    /** Whether the upright picture has width and height swapped. */
    public boolean swapsWidthAndHeight() {
        return transposes;
    }

    /** The orientation with EXIF value {@code tag}; values outside 1..8 (seen in the wild) mean {@link #NORMAL}. */
    public static ExifOrientation fromTag(int tag) {
        for (ExifOrientation o : values()) {
            if (o.tag == tag) {
                return o;
            }
        }
        return NORMAL;
    }

    /** The upright picture: {@code stored} turned and mirrored as this orientation says. */
    public RgbImage apply(RgbImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.width();
        int h = stored.height();
        byte[] src = stored.pixelArray();
        int outW = transposes ? h : w;
        int outH = transposes ? w : h;

        // The source pixel for output (x, y) is origin + x * stepAlongRow + y * stepDownColumn,
        // where the two steps are +-1 pixel along a source row or column.
        int originX = fromRight ? w - 1 : 0;
        int originY = fromBottom ? h - 1 : 0;
        int pixelStepX = fromRight ? -3 : 3;
        int pixelStepY = fromBottom ? -3 * w : 3 * w;
        int stepAlongRow = transposes ? pixelStepY : pixelStepX;
        int stepDownColumn = transposes ? pixelStepX : pixelStepY;

        byte[] out = new byte[src.length];
        int origin = 3 * (originY * w + originX);
        int o = 0;
        for (int y = 0; y < outH; y++) {
            int s = origin + y * stepDownColumn;
            for (int x = 0; x < outW; x++) {
                out[o++] = src[s];
                out[o++] = src[s + 1];
                out[o++] = src[s + 2];
                s += stepAlongRow;
            }
        }
        return RgbImage.adopt(outW, outH, out);
    }
}
