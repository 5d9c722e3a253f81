package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At most so many identifications at once, so many requests in line, and the rest refused as busy. */
class IdentificationSlotsTest {

    @Test
    void aRequestBeyondTheRunningAndWaitingOnesIsRefusedAsBusy() {
        IdentificationSlots slots = new IdentificationSlots(ServeLimits.defaults().withWorkers(1, 1));

        try (IdentificationSlots.Admission first = slots.admit();
             IdentificationSlots.Admission second = slots.admit()) {
            assertThat(slots.admitted()).isEqualTo(2);
            assertThatThrownBy(slots::admit).isInstanceOfSatisfying(RequestRejected.class, busy -> {
                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.getMessage()).startsWith("the server is busy (2 requests are already");
            });
        }
        assertThat(slots.admitted()).isZero();
        try (IdentificationSlots.Admission again = slots.admit()) {
            assertThat(again.run(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void noMoreThanTheWorkersRunAtOnce() throws Exception {
        IdentificationSlots slots = new IdentificationSlots(ServeLimits.defaults().withWorkers(2, 10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            Future<?>[] done = new Future<?>[8];
            for (int i = 0; i < 8; i++) {
                done[i] = requests.submit(() -> {
                    start.await();
                    try (IdentificationSlots.Admission admission = slots.admit()) {
                        return admission.run(() -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            try {
                                Thread.sleep(30);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return running.decrementAndGet();
                        });
                    }
                });
            }
            start.countDown();
            for (Future<?> request : done) {
                request.get(10, TimeUnit.SECONDS);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
        assertThat(slots.admitted()).isZero();
    }
}
