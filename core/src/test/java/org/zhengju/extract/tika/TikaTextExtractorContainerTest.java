package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;
import org.zhengju.extract.ExtractionSettings;

/**
 * Tar, gzip and 7z containers: each entry its own document, nesting and count limits, broken
 * archives.
 */
class TikaTextExtractorContainerTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  private static final byte[] A = FormatFixtures.utf8("甲：和田地区劳务输出名单。");
  private static final byte[] B = FormatFixtures.utf8("乙：喀什地区稳岗补贴。");

  @TempDir Path dir;

  private static void assertEntry(
      List<ExtractionOutcome> outcomes, String source, byte[] bytes, String parent) {
    Extracted extracted = Outcomes.extracted(outcomes, source);
    ExtractedDocument document = extracted.document();
    assertThat(extracted.partialReason()).isEmpty();
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(bytes));
    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.text())
        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n");
    assertThat(document.metadata().extra()).containsEntry("parentSource", parent);
  }

  @Test
  void eachTarEntryIsItsOwnDocumentLinkedToTheTar() throws IOException {
    Path tar =
        Fixtures.write(
            dir.resolve("a.tar"), FormatFixtures.tar(Fixtures.entries("dir/a.txt", A, "b.txt", B)));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(tar, "in/a.tar");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("in/a.tar!/dir/a.txt", "in/a.tar!/b.txt");
    assertEntry(outcomes, "in/a.tar!/dir/a.txt", A, "in/a.tar");
    assertEntry(outcomes, "in/a.tar!/b.txt", B, "in/a.tar");
  }

  @Test
  void tgzEntriesAreNamedThroughTheUnzippedTar() throws IOException {
    byte[] tgz = FormatFixtures.gzip(FormatFixtures.tar(Fixtures.entries("dir/a.txt", A)));
    Path file = Fixtures.write(dir.resolve("a.tgz"), tgz);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "in/a.tgz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("in/a.tgz!/a.tar!/dir/a.txt");
    assertEntry(outcomes, "in/a.tgz!/a.tar!/dir/a.txt", A, "in/a.tgz!/a.tar");
  }

  @Test
  void gzippedFileIsTheFileItHolds() throws IOException {
    Path file = Fixtures.write(dir.resolve("notice.txt.gz"), FormatFixtures.gzip(A));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "in/notice.txt.gz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("in/notice.txt.gz!/notice.txt");
    assertEntry(outcomes, "in/notice.txt.gz!/notice.txt", A, "in/notice.txt.gz");
  }

  @Test
  void eachSevenZipEntryIsItsOwnDocument() throws IOException {
    Path file =
        FormatFixtures.sevenZ(dir.resolve("a.7z"), Fixtures.entries("dir/a.txt", A, "b.txt", B));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "in/a.7z");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("in/a.7z!/dir/a.txt", "in/a.7z!/b.txt");
    assertEntry(outcomes, "in/a.7z!/dir/a.txt", A, "in/a.7z");
    assertEntry(outcomes, "in/a.7z!/b.txt", B, "in/a.7z");
  }

  @Test
  void zipInsideTarInsideSevenZipIsReadThreeLevelsDown() throws IOException {
    byte[] zip = Fixtures.zip(Fixtures.entries("deep.txt", A));
    byte[] tar = FormatFixtures.tar(Fixtures.entries("inner.zip", zip));
    Path file = FormatFixtures.sevenZ(dir.resolve("outer.7z"), Fixtures.entries("middle.tar", tar));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "outer.7z");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("outer.7z!/middle.tar!/inner.zip!/deep.txt");
    assertEntry(
        outcomes,
        "outer.7z!/middle.tar!/inner.zip!/deep.txt",
        A,
        "outer.7z!/middle.tar!/inner.zip");
  }

  @Test
  void archiveNestedBeyondTheDepthLimitIsReportedNotRead() throws IOException {
    byte[] inner = FormatFixtures.tar(Fixtures.entries("deep.txt", A));
    Path file =
        Fixtures.write(
            dir.resolve("outer.tar"),
            FormatFixtures.tar(Fixtures.entries("top.txt", B, "inner.tar", inner)));

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedDepth(1))
            .extract(file, "outer.tar");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("outer.tar!/top.txt", "outer.tar!/inner.tar");
    assertEntry(outcomes, "outer.tar!/top.txt", B, "outer.tar");
    assertThat(Outcomes.failed(outcomes, "outer.tar!/inner.tar").reason())
        .isEqualTo(Reasons.tooDeep(1));
  }

  @Test
  void tarBombBeyondTheCountLimitGivesTheFirstEntriesAndOneFailureCountingTheRest()
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 1; i <= 40; i++)
      entries.put("f" + i + ".txt", FormatFixtures.utf8("第" + i + "号文件。"));
    Path file = Fixtures.write(dir.resolve("bomb.tar"), FormatFixtures.tar(entries));

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedCount(5))
            .extract(file, "bomb.tar");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly(
            "bomb.tar!/f1.txt",
            "bomb.tar!/f2.txt",
            "bomb.tar!/f3.txt",
            "bomb.tar!/f4.txt",
            "bomb.tar!/f5.txt",
            "bomb.tar");
    assertThat(Outcomes.extracted(outcomes, "bomb.tar!/f5.txt").document().text())
        .isEqualTo("第5号文件。\n");
    assertThat(Outcomes.failed(outcomes, "bomb.tar").reason())
        .isEqualTo(
            "35 embedded documents not read: limit ExtractionSettings.maxEmbeddedCount=5 reached;"
                + " raise it to read them");
  }

  @Test
  void truncatedTarKeepsTheEntriesBeforeTheCutAndReportsTheRest() throws IOException {
    byte[] big = FormatFixtures.utf8("乙".repeat(3000));
    byte[] tar = FormatFixtures.tar(Fixtures.entries("a.txt", A, "b.txt", big));
    // Cut inside the second entry's data: its header (at 1024) survives, 2000 of its 9000 bytes do
    // not.
    Path file = Fixtures.write(dir.resolve("cut.tar"), Arrays.copyOf(tar, 1536 + 7000));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "cut.tar");

    assertEntry(outcomes, "cut.tar!/a.txt", A, "cut.tar");
    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactlyInAnyOrder("cut.tar", "cut.tar!/a.txt", "cut.tar!/b.txt");
    assertThat(Outcomes.failed(outcomes, "cut.tar!/b.txt").reason())
        .startsWith("could not read embedded file (IOException: Truncated TAR archive)");
    Failed failure = Outcomes.failed(outcomes, "cut.tar");
    assertThat(failure.sha256()).isPresent();
    assertThat(failure.reason()).startsWith("corrupt or truncated application/x-tar (");
  }

  @Test
  void corruptSevenZipIsOneFailureWithAReason() throws IOException {
    Path good = FormatFixtures.sevenZ(dir.resolve("good.7z"), Fixtures.entries("a.txt", A));
    byte[] bytes = java.nio.file.Files.readAllBytes(good);
    // Keep the signature header, garble everything after it.
    for (int i = 32; i < bytes.length; i++) bytes[i] = (byte) (bytes[i] ^ 0x5A);
    Path file = Fixtures.write(dir.resolve("bad.7z"), bytes);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "bad.7z");

    assertThat(outcomes).singleElement().isInstanceOf(Failed.class);
    assertThat(outcomes.get(0).source()).isEqualTo("bad.7z");
    assertThat(((Failed) outcomes.get(0)).reason()).startsWith("corrupt or truncated 7z archive (");
  }

  @Test
  void sevenZipBeyondTheCountLimitGivesTheFirstEntriesAndOneFailureCountingTheRest()
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 1; i <= 12; i++)
      entries.put("f" + i + ".txt", FormatFixtures.utf8("第" + i + "号文件。"));
    Path file = FormatFixtures.sevenZ(dir.resolve("bomb.7z"), entries);

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedCount(2))
            .extract(file, "bomb.7z");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("bomb.7z!/f1.txt", "bomb.7z!/f2.txt", "bomb.7z");
    assertThat(Outcomes.failed(outcomes, "bomb.7z").reason()).isEqualTo(Reasons.tooMany(2, 10));
  }

  @Test
  void truncatedSevenZipIsOneFailureWithAReason() throws IOException {
    Path good =
        FormatFixtures.sevenZ(dir.resolve("good.7z"), Fixtures.entries("a.txt", A, "b.txt", B));
    byte[] bytes = java.nio.file.Files.readAllBytes(good);
    Path file = Fixtures.write(dir.resolve("cut.7z"), Arrays.copyOf(bytes, bytes.length / 2));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "cut.7z");

    assertThat(outcomes).singleElement().isInstanceOf(Failed.class);
    assertThat(outcomes.get(0).source()).isEqualTo("cut.7z");
    assertThat(((Failed) outcomes.get(0)).reason()).startsWith("corrupt or truncated 7z archive (");
  }

  @Test
  void zeroByteArchiveIsOneFailureSayingItIsEmpty() throws IOException {
    Path file = Fixtures.write(dir.resolve("empty.tar.gz"), new byte[0]);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "empty.tar.gz");

    assertThat(outcomes)
        .containsExactly(
            new Failed(
                "empty.tar.gz", Optional.of(Fixtures.sha256(new byte[0])), "empty file (0 bytes)"));
  }
}
