package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;

class TikaTextExtractorFailureTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  @TempDir Path dir;

  @Test
  void isNamedTika() {
    assertThat(EXTRACTOR.name()).isEqualTo("tika");
  }

  @Test
  void zeroByteFileFailsAsEmpty() throws IOException {
    Path file = Fixtures.write(dir.resolve("empty.pdf"), new byte[0]);

    assertThat(EXTRACTOR.extract(file, "empty.pdf"))
        .containsExactly(
            new Failed(
                "empty.pdf", Optional.of(Fixtures.sha256(new byte[0])), "empty file (0 bytes)"));
  }

  @Test
  void unknownBinaryFailsAsUnsupportedNamingTheMediaType() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Path file = Fixtures.write(dir.resolve("blob.bin"), bytes);

    assertThat(EXTRACTOR.extract(file, "blob.bin"))
        .containsExactly(
            new Failed(
                "blob.bin",
                Optional.of(Fixtures.sha256(bytes)),
                "unsupported format (media type application/octet-stream)"));
  }

  @Test
  void missingFileFailsWithoutHashAndSaysToCheckThePath() {
    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(dir.resolve("gone.pdf"), "gone.pdf");

    assertThat(outcomes).singleElement().isInstanceOf(Failed.class);
    Failed failed = (Failed) outcomes.get(0);
    assertThat(failed.sha256()).isEmpty();
    assertThat(failed.reason()).startsWith("could not read file (NoSuchFileException: ");
  }

  @Test
  void imageIsNotOcrdEvenThoughTesseractMayBeInstalled() throws IOException {
    byte[] png = Fixtures.png(Fixtures.imageWithText("HELLO OCR 12345"));
    Path file = Fixtures.write(dir.resolve("scan.png"), png);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "scan.png");

    assertThat(outcomes).singleElement().isInstanceOf(Extracted.class);
    Extracted extracted = (Extracted) outcomes.get(0);
    assertThat(extracted.document().mediaType()).isEqualTo("image/png");
    assertThat(extracted.document().text())
        .doesNotContainIgnoringCase("hello")
        .doesNotContain("12345")
        .isBlank();
    assertThat(extracted.partialReason()).contains("image: no text layer; OCR is not enabled");
    // The control: where Tesseract is installed, stock Tika does read this image, so the blank text
    // above
    // comes from OCR being switched off, not from an unreadable fixture.
    if (tesseractInstalled()) assertThat(stockTikaText(file)).contains("HELLO");
  }

  private static boolean tesseractInstalled() {
    return java.util.stream.Stream.of(
            System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(d -> java.nio.file.Files.isExecutable(Path.of(d, "tesseract")));
  }

  private static String stockTikaText(Path file) throws IOException {
    org.apache.tika.sax.BodyContentHandler handler = new org.apache.tika.sax.BodyContentHandler(-1);
    try (java.io.InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
      new org.apache.tika.parser.AutoDetectParser()
          .parse(
              in,
              handler,
              new org.apache.tika.metadata.Metadata(),
              new org.apache.tika.parser.ParseContext());
    } catch (org.xml.sax.SAXException | org.apache.tika.exception.TikaException e) {
      throw new AssertionError("stock Tika failed on the control image", e);
    }
    return handler.toString();
  }

  @Test
  void concurrentCallsGiveTheSameOutcomesAsSequentialOnes() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text = ("第" + i + "份文件：乌鲁木齐市劳动就业。\n").repeat(20 + i);
      files.add(
          Fixtures.write(
              dir.resolve(i + ".txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    files.add(
        Fixtures.write(
            dir.resolve("z.zip"),
            Fixtures.zip(
                Fixtures.entries(
                    "a.txt", "压缩包".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    List<List<ExtractionOutcome>> sequential = new ArrayList<>();
    for (Path file : files) sequential.add(EXTRACTOR.extract(file, file.getFileName().toString()));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ExtractionOutcome>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path file : files)
          futures.add(pool.submit(() -> EXTRACTOR.extract(file, file.getFileName().toString())));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % files.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
