package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TesseractOcrEngineTest {

  @TempDir Path dir;

  @Test
  void recognizesCleanChineseNoticeWithAtLeast95PercentCharacterAccuracy() throws Exception {
    try (TesseractOcrEngine engine = Tesseract.openOrSkip()) {
      OcrResult result = engine.recognize(ChineseNotice.image(2000, 650), 7);

      assertThat(result.pageNumber()).isEqualTo(7);
      double cer = CharacterErrorRate.ignoringWhitespace(ChineseNotice.TEXT, result.text());
      assertThat(cer).as("CER of %s", result.text()).isLessThanOrEqualTo(0.05);
      assertThat(result.text().lines().filter(line -> !line.isBlank()))
          .as("one line of text per printed line")
          .hasSize(ChineseNotice.LINES.size());
      assertThat(result.text())
          .as("no spaces between Chinese characters")
          .doesNotContainPattern("\\p{IsHan} \\p{IsHan}");
    }
  }

  @Test
  void versionIsTheFirstLineOfTesseractVersion() throws Exception {
    try (TesseractOcrEngine engine = Tesseract.openOrSkip()) {
      Process process =
          new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      String firstLine =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElseThrow();
      process.waitFor();

      assertThat(engine.version()).isEqualTo(firstLine.strip()).matches("tesseract \\d+\\.\\d+.*");
      assertThat(engine.name()).isEqualTo("tesseract");
    }
  }

  @Test
  void reportsMissingTesseractWithTheInstallCommand() {
    assertThatThrownBy(
            () ->
                TesseractOcrEngine.open(
                    dir.resolve("no-such-tesseract").toString(), OcrSettings.defaults()))
        .isInstanceOf(OcrException.class)
        .hasMessageStartingWith(
            "Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim");
  }

  @Test
  void reportsMissingLanguageDataWithItsPackage() throws IOException {
    Path fake = fakeTesseract("exit 0", "eng");

    assertThatThrownBy(() -> TesseractOcrEngine.open(fake.toString(), OcrSettings.defaults()))
        .isInstanceOf(OcrException.class)
        .hasMessage(
            "Tesseract language data chi_sim is not installed: apt-get install tesseract-ocr-chi-sim");
  }

  @ParameterizedTest
  @CsvSource({"SINGLE_COLUMN, 4", "AUTO, 3", "UNIFORM_BLOCK, 6"})
  void runsOneSingleThreadedProcessPerPageWithTheConfiguredOptions(
      OcrSettings.PageLayout layout, int psm) throws Exception {
    Path fake =
        fakeTesseract(
            "echo \"OMP_THREAD_LIMIT=$OMP_THREAD_LIMIT\"; shift; echo \"$@\"", "chi_sim\neng");
    OcrSettings settings = OcrSettings.defaults().withDpi(400).withPageLayout(layout);

    try (TesseractOcrEngine engine = TesseractOcrEngine.open(fake.toString(), settings)) {
      String text = engine.recognize(blank(), 1).text();

      assertThat(text)
          .isEqualTo("OMP_THREAD_LIMIT=1\nstdout -l chi_sim+eng --psm " + psm + " --dpi 400");
    }
  }

  @Test
  void defaultLayoutIsUniformBlock() {
    assertThat(OcrSettings.defaults().pageLayout()).isEqualTo(OcrSettings.PageLayout.UNIFORM_BLOCK);
  }

  @Test
  void removesSpacesBetweenChineseCharactersAndTheFinalFormFeed() throws Exception {
    Path fake = fakeTesseract("printf '关 于 组 织\\n2000 元 / 人 , GDP 增 长\\n\\f'", "chi_sim\neng");

    try (TesseractOcrEngine engine =
        TesseractOcrEngine.open(fake.toString(), OcrSettings.defaults())) {
      assertThat(engine.recognize(blank(), 1).text()).isEqualTo("关于组织\n2000元/人, GDP 增长");
    }
  }

  @Test
  void killsARecognitionThatExceedsTheTimeBound() throws Exception {
    Path fake = fakeTesseract("exec sleep 60", "chi_sim\neng");
    OcrSettings settings = OcrSettings.defaults().withSecondsPerPage(1);

    try (TesseractOcrEngine engine = TesseractOcrEngine.open(fake.toString(), settings)) {
      assertThatThrownBy(() -> engine.recognize(blank(), 3))
          .isInstanceOf(OcrException.class)
          .hasMessage("OCR timed out after 1 s on page 3");
    }
  }

  @Test
  void reportsAFailedRecognitionWithTesseractsMessage() throws Exception {
    Path fake =
        fakeTesseract("echo 'Error in pixReadStream: Unknown format' >&2; exit 1", "chi_sim\neng");

    try (TesseractOcrEngine engine =
        TesseractOcrEngine.open(fake.toString(), OcrSettings.defaults())) {
      assertThatThrownBy(() -> engine.recognize(blank(), 2))
          .isInstanceOf(OcrException.class)
          .hasMessage(
              "Tesseract failed on page 2 (exit 1): Error in pixReadStream: Unknown format");
    }
  }

  /**
   * A shell script that answers --version and --list-langs like Tesseract 5 and runs {@code
   * onImage} else.
   */
  private Path fakeTesseract(String onImage, String languages) throws IOException {
    Path script = dir.resolve("fake-tesseract");
    Files.write(
        script,
        List.of(
            "#!/bin/sh",
            "if [ \"$1\" = --version ]; then echo 'tesseract 9.9.9'; echo ' leptonica-0'; exit 0; fi",
            "if [ \"$1\" = --list-langs ]; then echo 'List of available languages in \"/x/\" (2):';"
                + " printf '"
                + languages.replace("\n", "\\n")
                + "\\n'; exit 0; fi",
            onImage),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static BufferedImage blank() {
    return new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
  }
}
