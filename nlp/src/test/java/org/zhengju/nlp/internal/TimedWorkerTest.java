package org.zhengju.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimedWorkerTest {

  @Test
  void returnsTheResultOfATaskThatFinishesInTime() throws Exception {
    try (TimedWorker worker = new TimedWorker("test-worker")) {
      assertThat(worker.call(() -> "done", Duration.ofSeconds(30))).isEqualTo("done");
    }
  }

  @Test
  void abandonsATaskPastItsBoundAndRunsTheNextOnAFreshThread() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try (TimedWorker worker = new TimedWorker("test-worker")) {
      assertThatThrownBy(
              () ->
                  worker.call(
                      () -> {
                        // ignores interrupts, like CoreNLP
                        while (never.getCount() > 0) {
                          try {
                            never.await();
                          } catch (InterruptedException e) {
                            // keep running
                          }
                        }
                        return "late";
                      },
                      Duration.ofMillis(50)))
          .isInstanceOf(TimeoutException.class);
      assertThat(worker.call(() -> "next", Duration.ofSeconds(30))).isEqualTo("next");
    } finally {
      never.countDown();
    }
  }

  @Test
  void reportsAnOutOfMemoryErrorAsTheCauseInsteadOfCrashing() {
    try (TimedWorker worker = new TimedWorker("test-worker")) {
      assertThatThrownBy(
              () ->
                  worker.call(
                      () -> {
                        throw new OutOfMemoryError("simulated");
                      },
                      Duration.ofSeconds(30)))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(OutOfMemoryError.class);
    }
  }

  @Test
  void runsItsTasksOnADaemonThreadWithItsName() throws Exception {
    try (TimedWorker worker = new TimedWorker("zhengju-test")) {
      Thread thread = worker.call(Thread::currentThread, Duration.ofSeconds(30));
      assertThat(thread.getName()).isEqualTo("zhengju-test");
      assertThat(thread.isDaemon()).isTrue();
    }
  }
}
