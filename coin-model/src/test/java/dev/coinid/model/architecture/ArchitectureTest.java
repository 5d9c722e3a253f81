package dev.coinid.model.architecture;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureTest {

    @Test
    void seedCnnAt128DoesPoint479GigaflopPerImage() {
        long flops = Architectures.seedCnn().forwardFlops(128, 128, 3, 4);
        // conv1 125x125x64x(4x4x3) + conv2 38x38x128x(4x4x64) + dense 18432x128 + head 128x4, times 2
        assertThat(flops).isEqualTo(2L * (125 * 125 * 64 * 48 + 38 * 38 * 128 * 1024 + 18432 * 128 + 128 * 4));
        assertThat(flops / 1e9).isBetween(0.479, 0.4795);
    }

    @Test
    void shapesFollowKerasValidPaddingAndFlooredPooling() {
        List<TensorShape> shapes = Architectures.seedCnn().outputShapes(128, 128, 3);
        assertThat(shapes).containsExactly(
                TensorShape.image(125, 125, 64), TensorShape.image(41, 41, 64),
                TensorShape.image(38, 38, 128), TensorShape.image(12, 12, 128),
                TensorShape.flat(18432), TensorShape.flat(128));
    }

    @Test
    void samePaddingKeepsTheSizeOverTheStride() {
        Architecture a = Architecture.of("same", Conv2D.of(4, 3).padding(Padding.SAME).stride(2), new GlobalAveragePooling());
        assertThat(a.outputShapes(33, 32, 3).get(0)).isEqualTo(TensorShape.image(17, 16, 4));
    }

    @Test
    void trainableParametersCountWeightsBiasesAndBatchNormScales() {
        assertThat(Architectures.seedCnn().trainableParameters(128, 128, 3, 4))
                .isEqualTo((4 * 4 * 3 * 64 + 64) + (4 * 4 * 64 * 128 + 128) + (18432 * 128 + 128) + (128 * 4 + 4));
        Architecture bn = Architecture.of("bn", Conv2D.of(8, 3), BatchNorm.defaults(), new GlobalAveragePooling());
        assertThat(bn.trainableParameters(16, 16, 3, 2)).isEqualTo((3 * 3 * 3 * 8 + 8) + 16 + (8 * 2 + 2));
    }

    @Test
    void architectureThatDoesNotEndFlatOrDoesNotFitIsRejectedNamingTheLayer() {
        assertThatThrownBy(() -> Architecture.of("conv-only", Conv2D.of(8, 3)).outputShapes(32, 32, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conv-only").hasMessageContaining("Flatten");
        assertThatThrownBy(() -> Architectures.seedCnn().outputShapes(16, 16, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 4 (MaxPool");
        assertThatThrownBy(() -> Architecture.of("dense-first", Dense.of(4)).outputShapes(8, 8, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flat input");
        assertThatThrownBy(() -> new Dropout(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonRoundTripKeepsEveryLayerType() throws Exception {
        Architecture all = Architecture.of("all", Conv2D.of(8, 3).padding(Padding.SAME), BatchNorm.defaults(),
                new MaxPool(2, 1, Padding.VALID), new Dropout(0.25), new GlobalAveragePooling(),
                new Dense(10, Activation.LINEAR), new Flatten());
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(all);
        assertThat(text).contains("\"type\":\"conv2d\"", "\"type\":\"batchNorm\"", "\"type\":\"globalAveragePooling\"");
        assertThat(json.readValue(text, Architecture.class)).isEqualTo(all);
    }
}
