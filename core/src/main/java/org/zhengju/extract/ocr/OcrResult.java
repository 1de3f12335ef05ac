package org.zhengju.extract.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * The text recognized on one page image.
 *
 * @param pageNumber 1-based number of the page the image shows (1 for a single image file)
 * @param text the recognized text, with the spaces OCR puts between Chinese characters removed and
 *     lines kept
 * @param elapsed wall-clock time the recognition took
 */
public record OcrResult(int pageNumber, String text, Duration elapsed) {
  public OcrResult {
    if (pageNumber < 1)
      throw new IllegalArgumentException("pageNumber must be >= 1: " + pageNumber);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(elapsed, "elapsed");
    if (elapsed.isNegative())
      throw new IllegalArgumentException("elapsed must not be negative: " + elapsed);
  }
}
