package dev.coinid.image;

import dev.coinid.error.CoinIdException;

import java.util.Objects;
import java.util.Optional;

/**
 * What a batch call made of one photo: its result, or the error that kept it from one. Batch calls
 * ({@code classifyAll}, {@code identifyAll}) return one outcome per photo, in order, so that one bad
 * file costs its own answer and no other.
 *
 * @param photo  the photo's name, as {@link ImageSource#name()} gives it
 * @param result the result, when there is one
 * @param error  why there is none, naming the photo
 * @param <T>    the kind of result
 */
public record Outcome<T>(String photo, Optional<T> result, Optional<CoinIdException> error) {

    public Outcome {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        if (result.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("an outcome holds a result or an error, not both or neither: " + photo);
        }
    }

    /** A photo that gave a result. */
    public static <T> Outcome<T> of(String photo, T result) {
        return new Outcome<>(photo, Optional.of(result), Optional.empty());
    }

    /** A photo that gave an error instead. */
    public static <T> Outcome<T> failed(String photo, CoinIdException error) {
        return new Outcome<>(photo, Optional.empty(), Optional.of(error));
    }

    /** Whether the photo gave a result. */
    public boolean succeeded() {
        return result.isPresent();
    }

    /** The result, or the photo's error thrown. */
    public T orElseThrow() {
        return result.orElseThrow(error::get);
    }
}
