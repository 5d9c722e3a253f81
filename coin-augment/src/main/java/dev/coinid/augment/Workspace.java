package dev.coinid.augment;

/**
 * The per-thread scratch arrays one picture is transformed in: the source bytes and the output
 * floats. Reused across calls on the same thread, so the pixel loop allocates nothing.
 */
final class Workspace {

    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    private byte[] source = new byte[0];
    private float[] output = new float[0];

    private Workspace() {
    }

    /** This thread's workspace. */
    static Workspace current() {
        return CURRENT.get();
    }

    /** A byte array of at least {@code length} entries; its contents are undefined. */
    byte[] source(int length) {
        if (source.length < length) {
            source = new byte[length];
        }
        return source;
    }

    /** A float array of at least {@code length} entries; its contents are undefined. */
    float[] output(int length) {
        if (output.length < length) {
            output = new float[length];
        }
        return output;
    }
}
