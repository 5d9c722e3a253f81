package dev.coinid.model.architecture;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One layer of an {@link Architecture}: a small immutable record that says what the layer is,
 * never how TensorFlow computes it. Layers are written to the model JSON with a {@code "type"}
 * field, so a saved model can be rebuilt from its description.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Conv2D.class, name = "conv2d"),
        @JsonSubTypes.Type(value = MaxPool.class, name = "maxPool"),
        @JsonSubTypes.Type(value = Flatten.class, name = "flatten"),
        @JsonSubTypes.Type(value = Dense.class, name = "dense"),
        @JsonSubTypes.Type(value = Dropout.class, name = "dropout"),
        @JsonSubTypes.Type(value = BatchNorm.class, name = "batchNorm"),
        @JsonSubTypes.Type(value = InstanceNorm.class, name = "instanceNorm"),
        @JsonSubTypes.Type(value = GlobalAveragePooling.class, name = "globalAveragePooling")
})
public sealed interface Layer
        permits Conv2D, MaxPool, Flatten, Dense, Dropout, BatchNorm, InstanceNorm, GlobalAveragePooling {

    /** The shape this layer outputs for one image whose input shape is {@code in}. */
    TensorShape outputShape(TensorShape in);

    /** Multiply-adds this layer performs for one image whose input shape is {@code in}. */
    long multiplyAdds(TensorShape in);
}
