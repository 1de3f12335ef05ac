package org.zhengju.extract.ocr.internal;

import org.zhengju.extract.ocr.OcrSettings;

/**
 * The partial reasons OCR records, worded once so that PDFs and image files report bounds alike.
 */
public final class OcrReasons {

  private OcrReasons() {}

  /**
   * A page was not recognized because its image would be too large; {@code context} says e.g. " at
   * 300 dpi".
   */
  public static String tooLarge(int pageNumber, long width, long height, String context) {
    return "page "
        + pageNumber
        + " not OCR'd: "
        + width
        + "×"
        + height
        + " px"
        + context
        + " exceeds "
        + OcrSettings.MAX_PIXELS_PER_SIDE
        + "×"
        + OcrSettings.MAX_PIXELS_PER_SIDE;
  }

  /** OCR of a document stopped at {@link OcrSettings#maxPagesPerDocument()}. */
  public static String stoppedAfter(int recognized, int remaining, int firstRemainingPage) {
    return "OCR stopped after "
        + recognized
        + " pages (maxPagesPerDocument): "
        + remaining
        + " more pages from page "
        + firstRemainingPage
        + " not recognized";
  }
}
