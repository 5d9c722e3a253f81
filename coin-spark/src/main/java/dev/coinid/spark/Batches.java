package dev.coinid.spark;

import org.apache.spark.sql.Row;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A partition's rows read lazily in batches: each batch of input rows becomes a batch of output
 * rows, one for one and in order, before the next is read, so a partition of any size costs one
 * batch of pixels.
 */
final class Batches implements Iterator<Row> {

    private final Iterator<Row> input;
    private final int size;
    private final Function<List<Row>, List<Row>> process;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();

    Batches(Iterator<Row> input, int size, Function<List<Row>, List<Row>> process) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + size);
        }
        this.input = input;
        this.size = size;
        this.process = process;
    }

    @Override
    public boolean hasNext() {
        if (ready.isEmpty() && input.hasNext()) {
            List<Row> batch = new ArrayList<>(size);
            while (batch.size() < size && input.hasNext()) {
                batch.add(input.next());
            }
            List<Row> out = process.apply(batch);
            if (out.size() != batch.size()) {
                throw new IllegalStateException(batch.size() + " rows in, " + out.size() + " out");
            }
            ready.addAll(out);
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** The values of {@code row} followed by {@code extra}. */
    static Object[] append(Row row, Object... extra) {
        Object[] values = new Object[row.length() + extra.length];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        System.arraycopy(extra, 0, values, row.length(), extra.length);
        return values;
    }

    /** A one-line reason for a failure: the exception's message, or its class when it has none. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
