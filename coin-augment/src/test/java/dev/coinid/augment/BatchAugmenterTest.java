package dev.coinid.augment;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.coinid.augment.AffineAugmenterTest.noise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchAugmenterTest {

    private static final int SIZE = 32;
    private static final int PER_IMAGE = SIZE * SIZE * 3;

    private static List<RgbImage> batch(int count) {
        List<RgbImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            images.add(noise(SIZE, SIZE, 100 + i));
        }
        return images;
    }

    private static long[] ids(long... ids) {
        return ids;
    }

    private static float[] augment(BatchAugmenter augmenter, List<RgbImage> images, int epoch, long[] ids) {
        FloatBuffer out = FloatBuffer.allocate(images.size() * PER_IMAGE);
        augmenter.augmentInto(images, epoch, ids, out);
        return out.array();
    }

    private static float[] slice(float[] batch, int index) {
        return Arrays.copyOfRange(batch, index * PER_IMAGE, (index + 1) * PER_IMAGE);
    }

    @Test
    void sameSeedEpochAndIdGiveTheSameOutputWhateverTheBatch() {
        List<RgbImage> images = batch(3);
        float[] first = augment(new BatchAugmenter(Augmentation.seedPreset(), 42), images, 3, ids(7, 8, 9));
        float[] again = augment(new BatchAugmenter(Augmentation.seedPreset(), 42), images, 3, ids(7, 8, 9));
        assertThat(again).containsExactly(first);
        // sample 9 alone, in another batch, gets the same transform as before
        float[] alone = augment(new BatchAugmenter(Augmentation.seedPreset(), 42), List.of(images.get(2)), 3, ids(9));
        assertThat(alone).containsExactly(slice(first, 2));
        assertThat(slice(first, 2)).isNotEqualTo(slice(augment(new BatchAugmenter(Augmentation.none(), 42), images, 3, ids(7, 8, 9)), 2));
    }

    @Test
    void eachEpochDrawsNewTransforms() {
        BatchAugmenter augmenter = new BatchAugmenter(Augmentation.seedPreset(), 42);
        for (long id = 0; id < 100; id++) {
            Transform epoch0 = augmenter.transformFor(0, id, SIZE, SIZE);
            Transform epoch1 = augmenter.transformFor(1, id, SIZE, SIZE);
            assertThat(epoch1.rotationDeg()).as("sample %d", id).isNotEqualTo(epoch0.rotationDeg());
            assertThat(epoch1.matrix(SIZE, SIZE)).isNotEqualTo(epoch0.matrix(SIZE, SIZE));
        }
        List<RgbImage> images = batch(2);
        assertThat(augment(augmenter, images, 1, ids(0, 1))).isNotEqualTo(augment(augmenter, images, 0, ids(0, 1)));
    }

    @Test
    void samplesAndSeedsDrawDifferentTransforms() {
        BatchAugmenter a = new BatchAugmenter(Augmentation.seedPreset(), 1);
        BatchAugmenter b = new BatchAugmenter(Augmentation.seedPreset(), 2);
        long distinctRotations = java.util.stream.LongStream.range(0, 1000)
                .mapToDouble(id -> a.transformFor(0, id, SIZE, SIZE).rotationDeg()).distinct().count();
        assertThat(distinctRotations).isEqualTo(1000);
        for (long id = 0; id < 100; id++) {
            assertThat(b.transformFor(0, id, SIZE, SIZE)).isNotEqualTo(a.transformFor(0, id, SIZE, SIZE));
        }
    }

    @Test
    void eachImageIsItsOwnKeyedTransformThenRescaled() {
        Augmentation spec = Augmentation.seedPreset().toBuilder().brightnessRange(0.7, 1.3).build();
        BatchAugmenter augmenter = new BatchAugmenter(spec, 5);
        List<RgbImage> images = batch(4);
        long[] ids = ids(40, 41, 42, 43);
        float[] out = augment(augmenter, images, 2, ids);
        for (int i = 0; i < images.size(); i++) {
            FloatBuffer expected = FloatBuffer.allocate(PER_IMAGE);
            AffineAugmenter.nearestFill().applyInto(images.get(i), augmenter.transformFor(2, ids[i], SIZE, SIZE),
                    spec.rescale(), expected, 0);
            assertThat(slice(out, i)).as("image %d", i).containsExactly(expected.array());
        }
        for (float v : out) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void parallelOutputEqualsSequentialOutput() {
        Augmentation spec = Augmentation.builder().rotationRange(180).zoomRange(0.3).shearRange(10)
                .widthShiftRange(0.2).heightShiftRange(0.2).channelShiftRange(15).colorGainRange(0.8, 1.2)
                .saturationRange(0.5, 1.5).fillMode(FillMode.REFLECT).build();
        List<RgbImage> images = batch(48);
        long[] ids = java.util.stream.LongStream.range(1000, 1048).toArray();
        FloatBuffer parallel = ByteBuffer.allocateDirect(48 * PER_IMAGE * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        new BatchAugmenter(spec, 9).augmentInto(images, 4, ids, parallel);
        float[] sequential = augment(new BatchAugmenter(spec, 9).sequential(), images, 4, ids);
        float[] parallelValues = new float[48 * PER_IMAGE];
        parallel.get(0, parallelValues);
        assertThat(parallelValues).isEqualTo(sequential);
    }

    @Test
    void writesAtTheBufferPositionAndAdvancesItPastTheBatch() {
        FloatBuffer out = FloatBuffer.allocate(10 + 2 * PER_IMAGE + 5);
        Arrays.fill(out.array(), -1f);
        out.position(10);
        List<RgbImage> images = batch(2);
        new BatchAugmenter(Augmentation.seedPreset(), 1).augmentInto(images, 0, ids(0, 1), out);
        assertThat(out.position()).isEqualTo(10 + 2 * PER_IMAGE);
        assertThat(out.get(9)).isEqualTo(-1f);
        assertThat(out.get(10 + 2 * PER_IMAGE)).isEqualTo(-1f);
        assertThat(out.get(10)).isBetween(0f, 1f);
        assertThat(out.get(10 + 2 * PER_IMAGE - 1)).isBetween(0f, 1f);
    }

    @Test
    void noAugmentationCopiesPixelsTimesTheRescale() {
        List<RgbImage> images = batch(3);
        float[] out = augment(new BatchAugmenter(Augmentation.none(), 42), images, 0, ids(0, 1, 2));
        for (int i = 0; i < 3; i++) {
            byte[] rgb = images.get(i).toRgbBytes();
            for (int k = 0; k < PER_IMAGE; k++) {
                assertThat(out[i * PER_IMAGE + k]).isEqualTo((rgb[k] & 0xFF) * (1 / 255f));
            }
        }
    }

    @Test
    void augmentShowsTheSameTransformAsAnRgbImage() {
        BatchAugmenter augmenter = new BatchAugmenter(Augmentation.seedPreset(), 3);
        RgbImage image = noise(SIZE, SIZE, 1);
        RgbImage preview = augmenter.augment(image, 2, 17);
        assertThat(preview).isEqualTo(AffineAugmenter.nearestFill().apply(image, augmenter.transformFor(2, 17, SIZE, SIZE)));
        assertThat(preview).isNotEqualTo(image);
    }

    @Test
    void rejectsBatchesThatDoNotFit() {
        BatchAugmenter augmenter = new BatchAugmenter(Augmentation.seedPreset(), 1);
        List<RgbImage> mixed = List.of(noise(SIZE, SIZE, 1), noise(SIZE, 16, 2));
        assertThatThrownBy(() -> augmenter.augmentInto(mixed, 0, ids(0, 1), FloatBuffer.allocate(2 * PER_IMAGE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image 1 is 32x16");
        assertThatThrownBy(() -> augmenter.augmentInto(batch(2), 0, ids(0), FloatBuffer.allocate(2 * PER_IMAGE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 sample ids for 2 images");
        FloatBuffer small = FloatBuffer.allocate(2 * PER_IMAGE);
        small.position(1);
        assertThatThrownBy(() -> augmenter.augmentInto(batch(2), 0, ids(0, 1), small))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs " + 2 * PER_IMAGE);
        assertThat(small.position()).isEqualTo(1);
        assertThatThrownBy(() -> augmenter.augmentInto(batch(1), 0, ids(0), FloatBuffer.allocate(PER_IMAGE).asReadOnlyBuffer()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
    }

    @Test
    void anEmptyBatchWritesNothing() {
        FloatBuffer out = FloatBuffer.allocate(4);
        new BatchAugmenter(Augmentation.seedPreset(), 1).augmentInto(List.of(), 0, new long[0], out);
        assertThat(out.position()).isZero();
    }
}
