package dev.coinid.model;

import dev.coinid.error.CoinIdException;
import dev.coinid.model.recipe.Precision;

/**
 * Training stopped because the loss stopped being a number (NaN or infinite): the weights are no
 * longer a model. Keras's {@code TerminateOnNaN} stops quietly; coinid throws, so that a broken
 * model is never saved or used. The message names the epoch and batch and says what usually helps
 * (a lower learning rate; {@link Precision#FLOAT32} when {@link Precision#BFLOAT16} was chosen).
 */
public class TrainingDivergedException extends CoinIdException {

    public TrainingDivergedException(String source, String problem) {
        super(source, problem);
    }
}
