/**
 * The coin classifier on TensorFlow Java: training, evaluation, classification, saving and
 * loading. The API is {@code dev.coinid.model} and its architecture, evaluation and training
 * packages; no TensorFlow type appears in it. The TensorFlow layer ({@code engine}) and the
 * module's plumbing ({@code internal}) are not API: the engine is exported only to the
 * benchmarks and the research harness (automatic modules {@code dev.coinid.bench} and
 * {@code dev.coinid.research}, neither shipped as a library), as JUnit 5 exports its internal
 * packages to its own modules.
 */
module dev.coinid.model {
    requires transitive dev.coinid.core;       // RgbImage, ImageDataset, Classification, CoinIdException
    requires transitive dev.coinid.augment;    // Augmentation in the training settings
    requires tensorflow;                       // tensorflow-core-api: engine only
    requires com.fasterxml.jackson.databind;   // model metadata and training history as JSON
    requires org.slf4j;

    exports dev.coinid.model;
    exports dev.coinid.model.recipe;
    exports dev.coinid.model.architecture;
    exports dev.coinid.model.evaluation;
    exports dev.coinid.model.training;

    exports dev.coinid.model.engine to dev.coinid.bench, dev.coinid.research;

    // Jackson instantiates the package-private Augmentation (de)serializers of the saved training
    // settings by reflection; the public records it binds need no opening.
    opens dev.coinid.model to com.fasterxml.jackson.databind;
    opens dev.coinid.model.recipe to com.fasterxml.jackson.databind;
}
