package org.zhengju.nlp.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks one at a time on a daemon worker thread and waits at most a given time for each.
 * CoreNLP does not answer interrupts, so a task past its bound is cancelled and its thread
 * abandoned (it ends when the bounded chunk is done); the next task gets a fresh thread. Closed by
 * its owner.
 */
public final class TimedWorker implements AutoCloseable {
  private final String threadName;
  private ExecutorService executor;

  /** A worker whose threads are named {@code threadName}. */
  public TimedWorker(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Runs {@code task} and returns its result.
   *
   * @throws TimeoutException if it ran longer than {@code timeout} (it is cancelled)
   * @throws ExecutionException if it failed; the cause is its exception or error
   * @throws InterruptedException if the calling thread was interrupted while waiting
   */
  public synchronized <T> T call(Callable<T> task, Duration timeout)
      throws TimeoutException, ExecutionException, InterruptedException {
    Future<T> future = executor().submit(task);
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      future.cancel(true);
      executor.shutdownNow();
      executor = null;
      throw e;
    }
  }

  private ExecutorService executor() {
    if (executor == null) {
      executor =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true); // never keeps the JVM alive
                return thread;
              });
    }
    return executor;
  }

  @Override
  public synchronized void close() {
    if (executor != null) executor.shutdownNow();
    executor = null;
  }
}
