package dev.coinid.cli.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many identifications run at once: at most {@link ServeLimits#workers()}, with at most
 * {@link ServeLimits#waiting()} more requests waiting in line for a worker. A request that finds the line full, or
 * waits longer than {@link #MAX_WAIT_SECONDS}, is refused as busy (503) at once, so a burst never piles up
 * threads and photos in memory without bound. Thread-safe.
 */
final class IdentificationSlots {

    /** The longest a request waits for a worker before it is told the server is busy. */
    static final long MAX_WAIT_SECONDS = 120;

    private final Semaphore workers;
    private final int capacity;
    private final AtomicInteger admitted = new AtomicInteger();

    IdentificationSlots(ServeLimits limits) {
        this.workers = new Semaphore(limits.workers(), true);
        this.capacity = limits.workers() + limits.waiting();
    }

    /** A request's place: running or in line; closing it gives the place back. */
    final class Admission implements AutoCloseable {

        private boolean closed;

        private Admission() {
        }

        /** Runs one identification on a free worker, waiting in line for one. */
        <T> T run(Supplier<T> work) {
            try {
                if (!workers.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw busy("no worker was free for " + MAX_WAIT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy("the server is stopping");
            }
            try {
                return work.get();
            } finally {
                workers.release();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                admitted.decrementAndGet();
            }
        }
    }

    /** Takes a place for one request; a request beyond the running and waiting ones is refused as busy (503). */
    Admission admit() {
        if (admitted.incrementAndGet() > capacity) {
            admitted.decrementAndGet();
            throw busy(capacity + " requests are already being identified or waiting");
        }
        return new Admission();
    }

    /** Requests running or waiting now. */
    int admitted() {
        return admitted.get();
    }

    private static RequestRejected busy(String why) {
        return new RequestRejected(503, null, "the server is busy (" + why + "); try again in a moment");
    }
}
