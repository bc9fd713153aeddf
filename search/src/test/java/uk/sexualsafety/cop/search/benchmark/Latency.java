package uk.sexualsafety.cop.search.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Latency of one engine: every query of the list, several rounds, in a fixed shuffled order, run by a fixed number
 * of threads at once, each search timed on its own thread.
 */
final class Latency {

    /** Sorted milliseconds of each search. */
    record Samples(double[] millis) {

        double percentile(double fraction) {
            int rank = (int) Math.ceil(fraction * millis.length);
            return millis[Math.max(rank, 1) - 1];
        }

        int count() {
            return millis.length;
        }
    }

    private Latency() {
    }

    /** Runs rounds of the queries, unmeasured, until both {@code minRounds} and {@code minSeconds} have passed. */
    static void warmUp(List<String> queries, int minRounds, long minSeconds, int threads, Consumer<String> search) {
        long until = System.nanoTime() + minSeconds * 1_000_000_000L;
        for (int round = 0; round < minRounds || System.nanoTime() < until; round++) {
            measure(queries, 1, threads, search);
        }
    }

    static Samples measure(List<String> queries, int rounds, int threads, Consumer<String> search) {
        List<String> work = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            work.addAll(queries);
        }
        Collections.shuffle(work, new Random(rounds * 31L + queries.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> timings = new ArrayList<>();
            for (String query : work) {
                timings.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    search.accept(query);
                    return (System.nanoTime() - start) / 1e6;
                }));
            }
            double[] millis = new double[timings.size()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = timings.get(i).get();
            }
            Arrays.sort(millis);
            return new Samples(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A search failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
