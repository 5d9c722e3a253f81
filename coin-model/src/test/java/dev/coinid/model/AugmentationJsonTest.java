package dev.coinid.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.augment.Augmentation;
import dev.coinid.model.internal.Json;
import dev.coinid.augment.FillMode;
import dev.coinid.model.training.EarlyStopping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The augmentation is saved in the model's metadata as a value, and older files' text still loads. */
class AugmentationJsonTest {

    private static final Augmentation EVERY_OPTION = Augmentation.builder()
            .rotationRange(12.5).widthShiftRange(3).heightShiftRange(0.25).shearRange(7)
            .zoomRange(0.7, 1.4).brightnessRange(0.5, 1.5).channelShiftRange(20).colorGainRange(0.9, 1.1)
            .saturationRange(0.2, 1.8).gammaRange(0.4, 2.5).noiseRange(1, 6).polarShadowRange(0.1, 0.5)
            .polarCentreShiftRange(0.01, 0.1).polarRimScaleRange(0.9, 1.1).fillMode(FillMode.CONSTANT).fillValue(128)
            .rescale(1 / 127.5).build();

    private static final List<Augmentation> VALUES = List.of(Augmentation.polarPreset(), Augmentation.seedPreset(),
            Augmentation.none(), EVERY_OPTION);

    private static TrainingSettings settings(Augmentation augmentation) {
        return new TrainingSettings(3, 8, 1e-3, 42, EarlyStopping.disabled(), augmentation);
    }

    private static TrainingSettings roundTrip(String json) throws Exception {
        return Json.reader().forType(TrainingSettings.class).readValue(json);
    }

    @Test
    void savedAsAnObjectOfItsFieldsAndReadBackEqual() throws Exception {
        for (Augmentation augmentation : VALUES) {
            String json = Json.writer().writeValueAsString(settings(augmentation));
            JsonNode saved = Json.reader().readTree(json).get("augmentation");
            assertThat(saved.isObject()).as(json).isTrue();
            assertThat(saved.get("fillMode").asText()).isEqualTo(augmentation.fillMode().name());
            assertThat(saved.get("gammaRange").get("max").asDouble()).isEqualTo(augmentation.gammaRange().max());

            TrainingSettings read = roundTrip(json);
            assertThat(read.augmentation()).isEqualTo(augmentation);
            assertThat(read).isEqualTo(settings(augmentation));
        }
    }

    @Test
    void fieldsAFileLacksAreOff() throws Exception {
        String json = "{\"epochs\":1,\"batchSize\":2,\"learningRate\":0.001,\"seed\":1,"
                + "\"augmentation\":{\"rotationRange\":30.0}}";
        assertThat(roundTrip(json).augmentation()).isEqualTo(Augmentation.builder().rotationRange(30).build());
    }

    @Test
    void theTextAnUnreleasedSnapshotSavedReadsAsAnUnknownAugmentation() throws Exception {
        ObjectNode tree = (ObjectNode) Json.reader().readTree(Json.writer().writeValueAsString(settings(Augmentation.seedPreset())));
        String old = Json.writer().writeValueAsString(tree.put("augmentation", Augmentation.seedPreset().toString()));

        assertThat(roundTrip(old).augmentation()).isNull();
        assertThat(roundTrip(old).epochs()).isEqualTo(3);
    }

    @Test
    void anImpossibleSavedValueIsAnError() {
        String json = "{\"epochs\":1,\"augmentation\":{\"rotationRange\":400.0}}";
        assertThatThrownBy(() -> roundTrip(json)).hasMessageContaining("rotationRange");
    }
}
