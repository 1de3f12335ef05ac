package org.zhengju.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.PageSpan;

/**
 * The behaviour every {@link TextExtractor} promises, run against each implementation by a subclass
 * that supplies the extractor and one valid sample file of a format it reads.
 */
public abstract class TextExtractorContract {

  @TempDir protected Path dir;

  /** The extractor under test. */
  protected abstract TextExtractor extractor();

  /** Writes a valid sample document the extractor reads into {@code dir} and returns its path. */
  protected abstract Path validSample(Path dir) throws IOException;

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private void assertWellFormed(List<ExtractionOutcome> outcomes, String source) {
    assertThat(outcomes).isNotEmpty();
    for (ExtractionOutcome outcome : outcomes) {
      assertThat(outcome.source()).startsWith(source);
      if (outcome instanceof ExtractionOutcome.Failed failed)
        assertThat(failed.reason()).isNotBlank();
      if (outcome instanceof ExtractionOutcome.Extracted extracted) {
        int previousEnd = 0;
        for (PageSpan page : extracted.document().pages()) {
          assertThat(page.start()).isGreaterThanOrEqualTo(previousEnd);
          assertThat(page.end()).isLessThanOrEqualTo(extracted.document().text().length());
          previousEnd = page.end();
        }
      }
    }
  }

  @Test
  void validSampleGivesOneDocumentHashedOnItsBytes() throws IOException {
    Path sample = validSample(dir);

    List<ExtractionOutcome> outcomes = extractor().extract(sample, "sample");

    assertWellFormed(outcomes, "sample");
    assertThat(outcomes).singleElement().isInstanceOf(ExtractionOutcome.Extracted.class);
    ExtractionOutcome.Extracted extracted = (ExtractionOutcome.Extracted) outcomes.get(0);
    assertThat(extracted.document().sha256()).isEqualTo(sha256(Files.readAllBytes(sample)));
    assertThat(extracted.document().text()).isNotBlank();
  }

  @Test
  void everyTruncationAndCorruptionOfAValidFileGivesOutcomesNotExceptions() throws IOException {
    byte[] bytes = Files.readAllBytes(validSample(dir));
    Random random = new Random(20260101L);
    for (int round = 0; round < 12; round++) {
      byte[] damaged =
          round % 2 == 0
              ? Arrays.copyOf(bytes, random.nextInt(bytes.length))
              : flipBytes(bytes, random, 1 + random.nextInt(16));
      Path file = Files.write(dir.resolve("damaged-" + round), damaged);

      assertWellFormed(extractor().extract(file, "damaged-" + round), "damaged-" + round);
    }
  }

  @Test
  void randomBytesGiveOutcomesNotExceptions() throws IOException {
    Random random = new Random(7L);
    for (int round = 0; round < 5; round++) {
      byte[] noise = new byte[1 + random.nextInt(5000)];
      random.nextBytes(noise);
      Path file = Files.write(dir.resolve("noise-" + round), noise);

      assertWellFormed(extractor().extract(file, "noise-" + round), "noise-" + round);
    }
  }

  private static byte[] flipBytes(byte[] bytes, Random random, int count) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < count; i++)
      copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
    return copy;
  }
}
