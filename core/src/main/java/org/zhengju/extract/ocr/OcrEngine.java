package org.zhengju.extract.ocr;

import java.awt.image.BufferedImage;

/**
 * Recognizes the text on a page image.
 *
 * <p>An engine may hold processes or models; whoever creates an engine closes it. Implementations
 * must allow {@link #recognize} to be called from several threads at once.
 */
public interface OcrEngine extends AutoCloseable {

  /**
   * Recognizes the text on {@code page}.
   *
   * @param page the page image, in colour or grey, at the resolution the engine was configured for
   * @param pageNumber 1-based page number, used in the result and in error messages
   * @return the recognized text, possibly empty for a blank page
   * @throws OcrException if recognition failed or exceeded its time bound
   */
  OcrResult recognize(BufferedImage page, int pageNumber) throws OcrException;

  /** A short stable name for provenance, e.g. {@code tesseract}. */
  String name();

  /** The engine's version for provenance, e.g. {@code tesseract 5.3.0}. */
  String version();

  @Override
  default void close() {}
}
