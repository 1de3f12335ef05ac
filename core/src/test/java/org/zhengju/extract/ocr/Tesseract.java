package org.zhengju.extract.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Test helper: skips a test loudly when Tesseract with chi_sim is not installed. */
final class Tesseract {

  private Tesseract() {}

  /**
   * Opens the real engine with default settings, or skips the test naming the packages to install.
   */
  static TesseractOcrEngine openOrSkip() throws IOException, InterruptedException {
    assumeTrue(
        installed(),
        "SKIPPED: tesseract is not on the PATH; these OCR tests need it:"
            + " apt-get install tesseract-ocr tesseract-ocr-chi-sim");
    return TesseractOcrEngine.open(OcrSettings.defaults());
  }

  private static boolean installed() throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
