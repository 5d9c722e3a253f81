package dev.coinid.augment;

/**
 * The per-thread scratch arrays one picture is transformed in: the source bytes, the output
 * floats and a copy of them for unwrapping a polar picture anew. Reused across calls on the same
 * thread, so the pixel loop allocates nothing.
 */
final class Workspace {

    /** Arrays above this many entries (a 1024x1024 picture) are not kept, so a one-off big picture does not pin memory. */
    private static final int RETAIN_LIMIT = 3 * 1024 * 1024;

    private static final ThreadLocal<Workspace> CURRENT = ThreadLocal.withInitial(Workspace::new);

    private byte[] source = new byte[0];
    private final Floats output = new Floats();
    private final Floats polar = new Floats();

    private Workspace() {
    }

    /** This thread's workspace. */
    static Workspace current() {
        return CURRENT.get();
    }

    /** A byte array of at least {@code length} entries; its contents are undefined. */
    byte[] source(int length) {
        if (source.length >= length) {
            return source;
        }
        byte[] array = new byte[length];
        if (length <= RETAIN_LIMIT) {
            source = array;
        }
        return array;
    }

    /** A float array of at least {@code length} entries; its contents are undefined. */
    float[] output(int length) {
        return output.atLeast(length);
    }

    /** A second float array of at least {@code length} entries, for {@link PolarRecentring}; its contents are undefined. */
    float[] polar(int length) {
        return polar.atLeast(length);
    }

    /** One reused float array, grown as asked and kept up to {@link #RETAIN_LIMIT} entries. */
    private static final class Floats {

        private float[] kept = new float[0];

        float[] atLeast(int length) {
            if (kept.length >= length) {
                return kept;
            }
            float[] array = new float[length];
            if (length <= RETAIN_LIMIT) {
                kept = array;
            }
            return array;
        }
    }
}
