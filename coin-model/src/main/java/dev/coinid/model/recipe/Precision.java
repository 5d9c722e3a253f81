package dev.coinid.model.recipe;


/**
 * The number format TensorFlow computes the network in: a run-time choice of the session, like the
 * number of threads, never saved with a model. The weights are always kept and saved as 32-bit
 * floats, so a model trained in one precision loads and runs in the other.
 *
 * <p>{@link #BFLOAT16} asks TensorFlow's oneDNN graph rewrite ({@code
 * auto_mixed_precision_onednn_bfloat16}) to run convolutions, pooling, matrix products and the
 * element-wise ops between them in bfloat16 (8 bits of mantissa instead of 24), keeping reductions
 * such as softmax and the loss in float32. It pays on CPUs with native bfloat16 instructions
 * (AVX512_BF16 or AMX); elsewhere oneDNN emulates them and it is slower.
 *
 * <p><b>Experimental.</b> With TensorFlow Java 1.1.0 (TensorFlow 2.18) on an AVX512_BF16 CPU the
 * rewrite fires (the convolutions run as bfloat16, about 1.6x faster) but its results are not
 * reproducible: the same picture gives probabilities that move by up to 0.2 from one call to the
 * next, and some training runs reach a NaN loss at their first step. Use {@link #FLOAT32} (the
 * default) unless you have measured that {@code BFLOAT16} serves your model.
 */
public enum Precision {
    /** 32-bit floats everywhere: exact to float rounding, the default. */
    FLOAT32,
    /** bfloat16 for the compute-heavy ops through oneDNN's automatic mixed precision rewrite. */
    BFLOAT16
}
