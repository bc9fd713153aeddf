package uk.sexualsafety.cop.portal.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs attempts on threads of their own, all released at the same moment, as a crowd of clients would send them. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers of {@code count} attempts (attempt {@code i} gets {@code i}), in the order of {@code i}. */
    public static <T> List<T> run(int count, IntFunction<T> attempt) throws InterruptedException, ExecutionException {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<T>> sent = IntStream.range(0, count).mapToObj(each -> threads.submit(() -> {
                start.await();
                return attempt.apply(each);
            })).toList();
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
