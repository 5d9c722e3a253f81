package dev.coinid.match;

/**
 * Hears how an index build goes: called once per reference picture described, from the thread
 * that described it (so it must be thread-safe).
 */
@FunctionalInterface
public interface IndexBuildListener {

    /** {@code done} of {@code total} pictures are described; {@code picture} was the last. */
    void onPicture(int done, int total, ReferencePicture picture);

    /** A listener that hears nothing. */
    static IndexBuildListener none() {
        return (done, total, picture) -> { };
    }
}
