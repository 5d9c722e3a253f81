package dev.coinid.bench.djl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.util.Pair;
import dev.coinid.bench.BenchmarkedNetwork;

/**
 * coinid's default CNN in DJL, layer for layer: Conv2d(64, 4x4, valid) + ReLU, max pool 3x3
 * stride 3, Conv2d(128, 4x4) + ReLU, max pool 3x3 stride 3, flatten, Linear(128) + ReLU, and
 * the Linear head with one output per class (softmax is applied by the caller or the loss).
 * PyTorch reads NCHW, so inputs are {@code [N, 3, 128, 128]}.
 */
final class DjlSeedCnn {

    private DjlSeedCnn() {
    }

    /** The network's blocks for {@code classes} outputs. */
    static SequentialBlock block(int classes) {
        SequentialBlock block = new SequentialBlock();
        block.add(Conv2d.builder().setKernelShape(new Shape(4, 4)).setFilters(64).build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(3, 3)))
                .add(Conv2d.builder().setKernelShape(new Shape(4, 4)).setFilters(128).build())
                .add(Activation.reluBlock())
                .add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(3, 3)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(128).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(classes).build());
        return block;
    }

    /** The input shape of a batch: {@code [batch, 3, size, size]}. */
    static Shape inputShape(int batch) {
        int size = BenchmarkedNetwork.seed().preprocessing().width();
        return new Shape(batch, 3, size, size);
    }

    /** A PyTorch model of the benchmarked network, weights initialised. */
    static Model initialisedModel() {
        Model model = Model.newInstance("seed-cnn", Device.cpu(), "PyTorch");
        model.setBlock(block(BenchmarkedNetwork.seed().classes()));
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, inputShape(1));
        requireSameSizeAsCoinid(model);
        return model;
    }

    /**
     * Checks that the model has exactly as many trainable values as coinid's architecture: the
     * two networks are the same network.
     */
    static void requireSameSizeAsCoinid(Model model) {
        long djl = 0;
        for (Pair<String, Parameter> parameter : model.getBlock().getParameters()) {
            djl += parameter.getValue().getArray().size();
        }
        int size = BenchmarkedNetwork.seed().preprocessing().width();
        long coinid = BenchmarkedNetwork.seed().architecture().trainableParameters(size, size, 3, BenchmarkedNetwork.seed().classes());
        if (djl != coinid) {
            throw new IllegalStateException("the DJL network has " + djl + " parameters, coinid's " + coinid);
        }
    }
}
