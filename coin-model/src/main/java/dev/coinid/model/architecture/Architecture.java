package dev.coinid.model.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A network as a value: a name and the layers of its body. Every architecture ends in an
 * implicit classifier head, a dense layer with one output per class followed by softmax, so
 * the same architecture serves any number of classes. It is saved in the model JSON and
 * rebuilt from it.
 *
 * <pre>{@code
 * Architecture small = Architecture.of("small",
 *         Conv2D.of(32, 3), MaxPool.of(2), new Flatten(), Dense.of(64));
 * }</pre>
 *
 * @param name a short name for reports, for example {@code "seed-cnn"}
 * @param layers the body's layers, input first; the last must give a flat output
 */
public record Architecture(String name, List<Layer> layers) {

    public Architecture {
        Objects.requireNonNull(name, "name");
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("architecture '" + name + "' has no layers");
        }
    }

    /** An architecture of the given layers. */
    public static Architecture of(String name, Layer... layers) {
        return new Architecture(name, List.of(layers));
    }

    /** This architecture under another name. */
    public Architecture withName(String newName) {
        return new Architecture(newName, layers);
    }

    /**
     * The shape after each body layer for one image of {@code height x width x channels}; the
     * last is flat. Throws {@link IllegalArgumentException} naming the layer that does not fit.
     */
    public List<TensorShape> outputShapes(int height, int width, int channels) {
        List<TensorShape> shapes = new ArrayList<>(layers.size());
        TensorShape shape = TensorShape.image(height, width, channels);
        for (int i = 0; i < layers.size(); i++) {
            try {
                shape = layers.get(i).outputShape(shape);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("architecture '" + name + "', layer " + (i + 1) + " ("
                        + layers.get(i) + "): " + e.getMessage(), e);
            }
            shapes.add(shape);
        }
        if (!shape.isFlat()) {
            throw new IllegalArgumentException("architecture '" + name + "' ends in " + shape
                    + "; end it with Flatten, GlobalAveragePooling or Dense before the classifier head");
        }
        return List.copyOf(shapes);
    }

    /**
     * Floating-point operations of one forward pass of one image (2 per multiply-add, the
     * convention of papers and benchmarks), including the classifier head. The seed CNN at
     * 128x128x3 with 4 classes does 0.479 GFLOP.
     */
    public long forwardFlops(int height, int width, int channels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be positive, was " + classes);
        }
        long multiplyAdds = 0;
        TensorShape shape = TensorShape.image(height, width, channels);
        for (Layer layer : layers) {
            multiplyAdds += layer.multiplyAdds(shape);
            shape = layer.outputShape(shape);
        }
        List<TensorShape> shapes = outputShapes(height, width, channels);
        multiplyAdds += shapes.get(shapes.size() - 1).size() * classes;
        return 2 * multiplyAdds;
    }

    /** The number of trainable parameters (weights and biases, normalisation scale and offset) for {@code classes}. */
    public long trainableParameters(int height, int width, int channels, int classes) {
        long count = 0;
        TensorShape shape = TensorShape.image(height, width, channels);
        for (Layer layer : layers) {
            if (layer instanceof Conv2D c) {
                count += (long) c.kernelSize() * c.kernelSize() * shape.channels() * c.filters() + c.filters();
            } else if (layer instanceof Dense d) {
                count += shape.size() * d.units() + d.units();
            } else if (layer instanceof BatchNorm || layer instanceof InstanceNorm) {
                count += 2L * shape.channels();
            }
            shape = layer.outputShape(shape);
        }
        List<TensorShape> shapes = outputShapes(height, width, channels);
        return count + shapes.get(shapes.size() - 1).size() * classes + classes;
    }

    @Override
    public String toString() {
        return name + layers;
    }
}
