package org.zhengju.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.nlp.internal.EntityFinder;
import org.zhengju.nlp.internal.RawEntity;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * CoreNLP's failures, stood in for by a fake finder: a chunk that runs out of memory or past its
 * time bound costs that chunk only; models that cannot be loaded give a clear error, never a crash.
 */
class CoreNlpFailureTest {
  private static final CoreNlpSettings SETTINGS =
      CoreNlpSettings.defaults()
          .withRequiredHeapBytes(0)
          .withMaxChunkChars(16)
          .withChunkTimeout(Duration.ofMillis(300));
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseStuckWorkers() {
    release.countDown();
  }

  /**
   * Tags every 华锦 as an organisation; runs out of memory on "爆"; hangs (ignoring interrupts) on
   * "慢".
   */
  private final class FakeFinder implements EntityFinder {
    @Override
    public List<RawEntity> entities(String text) {
      if (text.contains("爆")) throw new OutOfMemoryError("Java heap space (simulated)");
      if (text.contains("慢")) {
        while (release.getCount() > 0) {
          try {
            release.await();
          } catch (InterruptedException e) {
            // CoreNLP does not stop when interrupted either
          }
        }
      }
      List<RawEntity> out = new ArrayList<>();
      for (int i = text.indexOf("华锦"); i >= 0; i = text.indexOf("华锦", i + 1))
        out.add(new RawEntity("ORGANIZATION", i, i + 2));
      return out;
    }

    @Override
    public void close() {}
  }

  private static NormalizedText plain(String text) {
    return new NormalizedText(text, text, OffsetMap.identity(text.length()));
  }

  private static Passage whole(String s) {
    return new Passage(0, 0, s.length(), 0, s.length(), Optional.empty(), s);
  }

  @Test
  void countsAChunkThatRanOutOfMemoryAndGoesOnWithTheRest() {
    String s = "赴华锦制衣务工。内存爆了的一句话。又赴华锦制衣务工。";
    try (CoreNlpEntityRecognizer recognizer =
        new CoreNlpEntityRecognizer(SETTINGS, p -> new FakeFinder())) {
      List<Mention> mentions = recognizer.recognize(plain(s), List.of(whole(s)));

      assertThat(mentions)
          .containsExactly(
              new Mention(EntityKind.COMPANY, "华锦制衣", 1, 5, 1, 5, Optional.empty(), "corenlp"),
              new Mention(EntityKind.COMPANY, "华锦制衣", 19, 23, 19, 23, Optional.empty(), "corenlp"));
      CoreNlpStats stats = recognizer.stats();
      assertThat(stats.chunks()).isEqualTo(3);
      assertThat(stats.failedChunks()).isEqualTo(1);
      assertThat(stats.skippedChunks()).isZero();
      assertThat(stats.lastFailure())
          .hasValueSatisfying(f -> assertThat(f).contains("OutOfMemoryError"));
    }
  }

  @Test
  void skipsAChunkPastItsTimeBoundAndGoesOnWithTheRest() {
    String s = "这一句很慢很慢。又赴华锦制衣务工。";
    try (CoreNlpEntityRecognizer recognizer =
        new CoreNlpEntityRecognizer(SETTINGS, p -> new FakeFinder())) {
      List<Mention> mentions = recognizer.recognize(plain(s), List.of(whole(s)));

      assertThat(mentions)
          .containsExactly(
              new Mention(EntityKind.COMPANY, "华锦制衣", 10, 14, 10, 14, Optional.empty(), "corenlp"));
      assertThat(recognizer.stats().skippedChunks()).isEqualTo(1);
      assertThat(recognizer.stats().completedChunks()).isEqualTo(1);
    }
  }

  @Test
  void reportsCorruptModelsAsUnavailableInsteadOfThrowing() {
    try (CoreNlpEntityRecognizer recognizer =
        new CoreNlpEntityRecognizer(
            SETTINGS,
            p -> {
              throw new IllegalStateException(
                  "java.util.zip.ZipException: invalid stored block lengths");
            })) {
      assertThatThrownBy(recognizer::load)
          .isInstanceOf(NlpUnavailableException.class)
          .hasMessageStartingWith("NER disabled: the CoreNLP Chinese models could not be loaded")
          .hasMessageContaining("invalid stored block lengths");
      String s = "赴华锦制衣务工。";
      assertThat(recognizer.recognize(plain(s), List.of(whole(s)))).isEmpty();
      assertThat(recognizer.stats().unavailable()).isPresent();
    }
  }

  @Test
  void reportsRunningOutOfMemoryWhileLoadingWithTheFlagToSet() {
    try (CoreNlpEntityRecognizer recognizer =
        new CoreNlpEntityRecognizer(
            SETTINGS.withRequiredHeapBytes(1L << 30),
            p -> {
              throw new OutOfMemoryError("Java heap space (simulated)");
            })) {
      assertThatThrownBy(recognizer::load)
          .isInstanceOf(NlpUnavailableException.class)
          .hasMessageStartingWith("NER disabled: out of memory loading the CoreNLP models")
          .hasMessageEndingWith("set ZHENGJU_OPTS=-Xmx1g");
    }
  }
}
