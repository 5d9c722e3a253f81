package dev.coinid.research.classification;

import dev.coinid.augment.Augmentation;
import dev.coinid.augment.FillMode;
import dev.coinid.image.Fit;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.architecture.BatchNorm;
import dev.coinid.model.architecture.Conv2D;
import dev.coinid.model.architecture.Dropout;
import dev.coinid.model.architecture.GlobalAveragePooling;
import dev.coinid.model.architecture.MaxPool;
import dev.coinid.model.architecture.Padding;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.training.LearningRateSchedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A named way to configure a {@link CoinClassifier.Builder}: the settings one line of the quality
 * table was trained with. {@link #seedExperiment()} is the original experiment, {@link
 * #libraryDefaults()} is whatever the builder does untouched; the others are the levers measured
 * on the way to the defaults.
 *
 * @param name the short name used on the command line and in reports
 * @param description what the recipe changes, in words
 * @param settings applied to a fresh builder before the run's own seed, size and epochs
 */
public record TrainingRecipe(String name, String description, UnaryOperator<CoinClassifier.Builder> settings) {

    public TrainingRecipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * The original experiment's model and training: seed CNN, seed augmentation, stretched photos
     * scaled by 1/255 with no normalisation, Adam 1e-3, batches of 20; at 64x64 and 40 epochs,
     * as in every table of the project so far, so its figures stay comparable (and its training
     * costs about 60% of the defaults').
     */
    public static TrainingRecipe seedExperiment() {
        return new TrainingRecipe("seed", "seed CNN + seed augmentation, 64x64, 40 epochs",
                b -> b.preprocessing(Preprocessing.seed().inputSize(64, 64))
                        .architecture(Architectures.seedCnn())
                        .augmentation(Augmentation.seedPreset())
                        .epochs(40).batchSize(20).learningRate(1e-3));
    }

    /** The builder's own defaults, untouched. */
    public static TrainingRecipe libraryDefaults() {
        return new TrainingRecipe("defaults", "CoinClassifier.builder() defaults", b -> b);
    }

    /** Every recipe by name: the two of the table, then the experiments' levers. */
    public static Map<String, TrainingRecipe> all() {
        Map<String, TrainingRecipe> recipes = new LinkedHashMap<>();
        for (TrainingRecipe r : List.of(seedExperiment(), libraryDefaults(),
                seedWith("seed+colour", "seed CNN, seed augmentation plus any rotation and colour/brightness changes",
                        colourAugmentation(), Normalization.NONE),
                seedWith("seed+colour+std", "seed+colour with per-image standardisation",
                        colourAugmentation(), Normalization.PER_IMAGE_STANDARDIZATION),
                bnGap("bn-gap+colour+std", colourAugmentation(), Normalization.PER_IMAGE_STANDARDIZATION),
                bnGap("bn-gap+seedaug", Augmentation.seedPreset(), Normalization.NONE),
                bnGap("bn-gap+mild+std", mildAugmentation(), Normalization.PER_IMAGE_STANDARDIZATION),
                new TrainingRecipe("in-gap+mild+std", "instance-norm CNN with global average pooling, mild augmentation",
                        b -> b.preprocessing(new Preprocessing(64, 64, Fit.STRETCH, 1 / 255f,
                                        Normalization.PER_IMAGE_STANDARDIZATION))
                                .architecture(Architectures.robustCnn()).augmentation(mildAugmentation())
                                .batchSize(32).learningRate(1e-3).epochs(40)),
                polar("polar-colour", "polar input in colour with white-balance gains (no gamma)",
                        Normalization.PER_IMAGE_STANDARDIZATION, Architectures.robustCnn(),
                        withoutGamma().toBuilder().colorGainRange(0.7, 1.3).build()),
                polar("polar-gray", "polar input in grey, zero padding (no gamma)",
                        Normalization.GRAY_STANDARDIZATION, Architectures.robustCnn(), withoutGamma()),
                polar("polar-cyclic", "polar-gray with cyclic width padding",
                        Normalization.GRAY_STANDARDIZATION, Architectures.polarCnn(), withoutGamma()),
                polar("polar-lcn", "polar-cyclic with grey local contrast normalisation",
                        Normalization.GRAY_LOCAL_CONTRAST, Architectures.polarCnn(), withoutGamma()),
                polar("polar-lcn-zero-padding", "polar-lcn with zero padding",
                        Normalization.GRAY_LOCAL_CONTRAST, Architectures.robustCnn(), withoutGamma()),
                polar("polar-lcn-gamma2", "polar-lcn with gamma 0.5 to 2",
                        Normalization.GRAY_LOCAL_CONTRAST, Architectures.polarCnn(),
                        polarWithoutShadow().toBuilder().gammaRange(0.5, 2.0).build()),
                polar("polar-lcn-gamma3", "polar-lcn with gamma 0.33 to 3",
                        Normalization.GRAY_LOCAL_CONTRAST, Architectures.polarCnn(),
                        polarWithoutShadow().toBuilder().gammaRange(0.33, 3.0).build()),
                polar("polar-lcn-gamma4", "polar-lcn with gamma 0.25 to 4",
                        Normalization.GRAY_LOCAL_CONTRAST, Architectures.polarCnn(),
                        polarWithoutShadow().toBuilder().gammaRange(0.25, 4.0).build()),
                new TrainingRecipe("polar-no-shadow", "the defaults before issue 25: no shadow in the augmentation",
                        b -> b.augmentation(polarWithoutShadow())),
                new TrainingRecipe("polar-no-shadow+noise", "polar-no-shadow with sensor noise (standard deviation 0 to"
                        + " 8 of 255, values rounded to 8-bit steps) and brightness 0.4 to 1.3 in the augmentation",
                        b -> b.augmentation(noisyPolarAugmentation())),
                new TrainingRecipe("polar-no-shadow+48-radii", "polar-no-shadow with 48 radii instead of 32 (128x48)",
                        b -> b.preprocessing(Preprocessing.polar().inputSize(128, 48)).augmentation(polarWithoutShadow())),
                new TrainingRecipe("polar-shadow", "the defaults of 5 December (issue 25, before recentring and"
                        + " white-balance gains): the polar preset with its shadow only",
                        b -> b.augmentation(polarShadowOnly())),
                new TrainingRecipe("polar-shadow+recentring", "polar-shadow with every training coin unwrapped anew about"
                        + " a centre up to 8% of the radius off and out to 0.95 to 1.05 of the rim (the defaults without"
                        + " white-balance gains)",
                        b -> b.augmentation(Augmentation.polarPreset().toBuilder().colorGainRange(1, 1).build())),
                new TrainingRecipe("defaults+recentring12", "the defaults with centres up to 12% of the radius off and"
                        + " rims of 0.92 to 1.08",
                        b -> b.augmentation(Augmentation.polarPreset().toBuilder().polarCentreShiftRange(0, 0.12)
                                .polarRimScaleRange(0.92, 1.08).build())),
                new TrainingRecipe("circle+channel-std+cosine",
                        "robust CNN, coin circle, per-channel standardisation, mild augmentation, cosine decay from 2e-3",
                        b -> b.preprocessing(new Preprocessing(64, 64, Fit.COIN_CIRCLE, 1 / 255f,
                                        Normalization.PER_CHANNEL_STANDARDIZATION))
                                .architecture(Architectures.robustCnn()).augmentation(mildAugmentation())
                                .batchSize(32).learningRate(2e-3).learningRateSchedule(LearningRateSchedule.COSINE)
                                .epochs(40)))) {
            recipes.put(r.name(), r);
        }
        return recipes;
    }

    /** The recipe called {@code name}; throws naming the known ones. */
    public static TrainingRecipe named(String name) {
        TrainingRecipe recipe = all().get(name);
        if (recipe == null) {
            throw new IllegalArgumentException("unknown recipe '" + name + "', known: " + all().keySet());
        }
        return recipe;
    }

    /**
     * A recipe on the coin unwrapped into 128x32 polar coordinates ({@link Fit#COIN_POLAR}),
     * batches of 32, Adam 1e-3, 25 epochs (as measured; the defaults train 40).
     */
    private static TrainingRecipe polar(String name, String description, Normalization normalization,
                                        Architecture architecture, Augmentation augmentation) {
        return new TrainingRecipe(name, description,
                b -> b.preprocessing(new Preprocessing(128, 32, Fit.COIN_POLAR, 1 / 255f, normalization))
                        .architecture(architecture).augmentation(augmentation)
                        .batchSize(32).learningRate(1e-3).epochs(25));
    }

    /** {@link Augmentation#polarPreset()} with sensor noise and darker brightness: dark, low-contrast photos. */
    static Augmentation noisyPolarAugmentation() {
        return polarWithoutShadow().toBuilder().brightnessRange(0.4, 1.3).noiseRange(0, 8).build();
    }

    /**
     * {@link Augmentation#polarPreset()} without the recentring and white-balance gains it gained in
     * issue 25: the defaults' augmentation of 5 December, with the shadow.
     */
    static Augmentation polarShadowOnly() {
        return Augmentation.polarPreset().toBuilder().colorGainRange(1, 1).polarCentreShiftRange(0, 0)
                .polarRimScaleRange(1, 1).build();
    }

    /** {@link #polarShadowOnly()} without its shadow: the defaults' augmentation before issue 25. */
    static Augmentation polarWithoutShadow() {
        return polarShadowOnly().toBuilder().polarShadowRange(0, 0).build();
    }

    /** {@link Augmentation#polarPreset()} with gamma and shadow off: the polar experiments before gamma. */
    private static Augmentation withoutGamma() {
        return polarWithoutShadow().toBuilder().gammaRange(1, 1).build();
    }

    /** Rotation at any angle, the seed's zoom and shifts, plus brightness, white-balance and saturation changes. */
    static Augmentation colourAugmentation() {
        return Augmentation.builder()
                .rotationRange(180).zoomRange(0.15).widthShiftRange(0.08).heightShiftRange(0.08)
                .brightnessRange(0.6, 1.4).colorGainRange(0.7, 1.3).saturationRange(0.3, 1.3)
                .rescale(1 / 255f).fillMode(FillMode.REFLECT).build();
    }

    /** Rotation at any angle, small zoom and shifts, moderate brightness and white-balance changes. */
    static Augmentation mildAugmentation() {
        return Augmentation.builder()
                .rotationRange(180).zoomRange(0.1).widthShiftRange(0.05).heightShiftRange(0.05)
                .brightnessRange(0.7, 1.3).colorGainRange(0.8, 1.2)
                .rescale(1 / 255f).fillMode(FillMode.REFLECT).build();
    }

    /** Four 3x3 convolution blocks with batch normalisation, global average pooling and dropout. */
    static Architecture batchNormCnn() {
        return Architecture.of("bn-gap-cnn",
                Conv2D.of(32, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(64, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(128, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(256, 3).padding(Padding.SAME), BatchNorm.defaults(),
                new GlobalAveragePooling(), new Dropout(0.3));
    }

    private static TrainingRecipe seedWith(String name, String description, Augmentation augmentation,
                                           Normalization normalization) {
        return new TrainingRecipe(name, description,
                b -> b.preprocessing(new Preprocessing(128, 128, Fit.STRETCH, 1 / 255f, normalization))
                        .architecture(Architectures.seedCnn()).augmentation(augmentation)
                        .batchSize(20).learningRate(1e-3));
    }

    private static TrainingRecipe bnGap(String name, Augmentation augmentation, Normalization normalization) {
        return new TrainingRecipe(name, "batch-norm CNN with global average pooling, " + augmentation,
                b -> b.preprocessing(new Preprocessing(128, 128, Fit.STRETCH, 1 / 255f, normalization))
                        .architecture(batchNormCnn()).augmentation(augmentation)
                        .batchSize(32).learningRate(1e-3));
    }
}
