package dev.coinid.bench.photo;

import dev.coinid.image.RgbImage;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.image.DecodeJpeg;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TString;
import org.tensorflow.types.TUint8;

/**
 * Decodes JPEGs with TensorFlow's {@code DecodeJpeg} op (libjpeg-turbo), optionally at 1/2, 1/4
 * or 1/8 scale: libjpeg then skips most of the inverse DCT work instead of decoding every pixel
 * and shrinking afterwards. Ignores EXIF orientation. Close it to free the graph and session.
 */
public final class TensorFlowJpegDecoder implements AutoCloseable {

    private final int ratio;
    private final Graph graph;
    private final Session session;
    private final Placeholder<TString> encoded;
    private final DecodeJpeg decoded;

    /** A decoder that returns pictures at {@code 1/ratio} of their size; ratio is 1, 2, 4 or 8. */
    public TensorFlowJpegDecoder(int ratio) {
        if (ratio != 1 && ratio != 2 && ratio != 4 && ratio != 8) {
            throw new IllegalArgumentException("ratio must be 1, 2, 4 or 8, was " + ratio);
        }
        this.ratio = ratio;
        graph = new Graph();
        Ops tf = Ops.create(graph);
        encoded = tf.placeholder(TString.class);
        decoded = tf.image.decodeJpeg(encoded, DecodeJpeg.channels(3L), DecodeJpeg.ratio((long) ratio));
        session = new Session(graph, ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(Runtime.getRuntime().availableProcessors())
                .build());
    }

    /**
     * The largest ratio (1, 2, 4 or 8) that still leaves the shorter side of a {@code width x height}
     * JPEG at least {@code minSide} pixels: the cheapest decode a resize to {@code minSide / 2} can start from.
     */
    public static int largestRatioKeeping(int width, int height, int minSide) {
        int ratio = 8;
        while (ratio > 1 && Math.min(width, height) / ratio < minSide) {
            ratio /= 2;
        }
        return ratio;
    }

    /** The picture, decoded at 1/ratio scale (sides rounded up, as libjpeg does). */
    public RgbImage decode(byte[] jpeg) {
        try (TString input = TString.tensorOfBytes(NdArrays.scalarOfObject(jpeg));
             Result result = session.runner().feed(encoded, input).fetch(decoded).run()) {
            TUint8 pixels = (TUint8) result.get(0);
            int height = Math.toIntExact(pixels.shape().size(0));
            int width = Math.toIntExact(pixels.shape().size(1));
            byte[] rgb = new byte[3 * width * height];
            pixels.copyTo(DataBuffers.of(rgb, false, false));
            return RgbImage.of(width, height, rgb);
        }
    }

    /** The scale divisor. */
    public int ratio() {
        return ratio;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
