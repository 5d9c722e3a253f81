package dev.coinid.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.coinid.augment.Augmentation;
import dev.coinid.augment.FillMode;
import dev.coinid.augment.ValueRange;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * How an {@link Augmentation} is saved in {@value ModelMetadata#FILE_NAME}: a JSON object of its
 * fields (ranges as {@code {"min": .., "max": ..}}, the fill mode by name), read back through
 * {@link Augmentation#builder()} into an equal value. Fields a file lacks keep the builder's
 * default (off), as for options added after the file was written.
 *
 * <p>An unreleased snapshot saved the augmentation's {@code toString()} instead; a file with such
 * a text still loads, its augmentation read as null: unknown.
 */
final class AugmentationJson {

    private AugmentationJson() {
    }

    /** Writes an augmentation as a JSON object of its fields. */
    static final class Serializer extends JsonSerializer<Augmentation> {
        @Override
        public void serialize(Augmentation a, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeNumberField("rotationRange", a.rotationRange());
            json.writeNumberField("widthShiftRange", a.widthShiftRange());
            json.writeNumberField("heightShiftRange", a.heightShiftRange());
            json.writeNumberField("shearRange", a.shearRange());
            range(json, "zoomRange", a.zoomRange());
            range(json, "brightnessRange", a.brightnessRange());
            json.writeNumberField("channelShiftRange", a.channelShiftRange());
            range(json, "colorGainRange", a.colorGainRange());
            range(json, "saturationRange", a.saturationRange());
            range(json, "gammaRange", a.gammaRange());
            range(json, "noiseRange", a.noiseRange());
            range(json, "polarShadowRange", a.polarShadowRange());
            range(json, "polarCentreShiftRange", a.polarCentreShiftRange());
            range(json, "polarRimScaleRange", a.polarRimScaleRange());
            json.writeStringField("fillMode", a.fillMode().name());
            json.writeNumberField("fillValue", a.fillValue());
            json.writeNumberField("rescale", a.rescale());
            json.writeEndObject();
        }

        private static void range(JsonGenerator json, String name, ValueRange range) throws IOException {
            json.writeObjectFieldStart(name);
            json.writeNumberField("min", range.min());
            json.writeNumberField("max", range.max());
            json.writeEndObject();
        }
    }

    /** Reads the object {@link Serializer} writes; the text of an unreleased snapshot's file reads as null. */
    static final class Deserializer extends JsonDeserializer<Augmentation> {
        @Override
        public Augmentation deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return null; // the text an unreleased snapshot saved: an unknown augmentation
            }
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return (Augmentation) context.handleUnexpectedToken(Augmentation.class, parser);
            }
            Augmentation.Builder b = Augmentation.builder();
            try {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode v = field.getValue();
                    if (v.isObject()) {
                        if (!v.path("min").isNumber() || !v.path("max").isNumber()) {
                            throw new IllegalArgumentException(field.getKey() + " needs numbers min and max");
                        }
                        setRange(b, field.getKey(), v.get("min").doubleValue(), v.get("max").doubleValue());
                    } else if (v.isNumber()) {
                        setNumber(b, field.getKey(), v.doubleValue());
                    } else if (field.getKey().equals("fillMode") && v.isTextual()) {
                        b.fillMode(FillMode.valueOf(v.textValue()));
                    } else {
                        throw new IllegalArgumentException("unexpected value of " + field.getKey() + ": " + v);
                    }
                }
                return b.build();
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(node.toString(), Augmentation.class,
                        "not an augmentation: " + e.getMessage());
            }
        }
    }

    private static void setRange(Augmentation.Builder b, String name, double min, double max) {
        switch (name) {
            case "zoomRange" -> b.zoomRange(min, max);
            case "brightnessRange" -> b.brightnessRange(min, max);
            case "colorGainRange" -> b.colorGainRange(min, max);
            case "saturationRange" -> b.saturationRange(min, max);
            case "gammaRange" -> b.gammaRange(min, max);
            case "noiseRange" -> b.noiseRange(min, max);
            case "polarShadowRange" -> b.polarShadowRange(min, max);
            case "polarCentreShiftRange" -> b.polarCentreShiftRange(min, max);
            case "polarRimScaleRange" -> b.polarRimScaleRange(min, max);
            default -> throw new IllegalArgumentException("unknown range " + name);
        }
    }

    private static void setNumber(Augmentation.Builder b, String name, double value) {
        switch (name) {
            case "rotationRange" -> b.rotationRange(value);
            case "widthShiftRange" -> b.widthShiftRange(value);
            case "heightShiftRange" -> b.heightShiftRange(value);
            case "shearRange" -> b.shearRange(value);
            case "channelShiftRange" -> b.channelShiftRange(value);
            case "fillValue" -> b.fillValue(value);
            case "rescale" -> b.rescale(value);
            default -> throw new IllegalArgumentException("unknown option " + name);
        }
    }
}
