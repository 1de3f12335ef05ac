package org.zhengju.extract;

import java.util.Objects;
import java.util.Optional;
import org.zhengju.extract.ocr.OcrSettings;

/**
 * Limits that keep one bad or huge file from eating the memory, disk or time of a whole run.
 *
 * <p>Every limit is explicit: when a document hits one, its outcome says so (a partial {@link
 * ExtractionOutcome.Extracted} or a {@link ExtractionOutcome.Failed}); nothing is cut silently.
 *
 * @param maxCharacters most characters of text kept per document; past it the text is truncated and
 *     the outcome is partial
 * @param maxEmbeddedDepth how deep archives and attachments are opened: 1 reads the entries of a
 *     top-level archive, 2 also the entries of an archive inside it, and so on
 * @param maxEmbeddedCount most embedded documents (archive entries, attachments) read from one
 *     top-level file
 * @param maxFileBytes largest file or embedded entry read, in bytes; larger ones fail with a reason
 * @param ocr how scanned pages and images are recognized; empty (the default) means no OCR, so OCR
 *     is only ever switched on explicitly with {@link #withOcr(OcrSettings)}
 */
public record ExtractionSettings(
    int maxCharacters,
    int maxEmbeddedDepth,
    int maxEmbeddedCount,
    long maxFileBytes,
    Optional<OcrSettings> ocr) {

  /** Default {@link #maxCharacters}: 20 million, about 10,000 pages of dense Chinese text. */
  public static final int DEFAULT_MAX_CHARACTERS = 20_000_000;

  /**
   * Default {@link #maxEmbeddedDepth}: an archive in an archive in an archive … five levels down.
   */
  public static final int DEFAULT_MAX_EMBEDDED_DEPTH = 5;

  /** Default {@link #maxEmbeddedCount}. */
  public static final int DEFAULT_MAX_EMBEDDED_COUNT = 10_000;

  /** Default {@link #maxFileBytes}: 512 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

  public ExtractionSettings {
    if (maxCharacters < 1)
      throw new IllegalArgumentException("maxCharacters must be >= 1: " + maxCharacters);
    if (maxEmbeddedDepth < 0)
      throw new IllegalArgumentException("maxEmbeddedDepth must be >= 0: " + maxEmbeddedDepth);
    if (maxEmbeddedCount < 0)
      throw new IllegalArgumentException("maxEmbeddedCount must be >= 0: " + maxEmbeddedCount);
    if (maxFileBytes < 1)
      throw new IllegalArgumentException("maxFileBytes must be >= 1: " + maxFileBytes);
    Objects.requireNonNull(ocr, "ocr");
  }

  /** Limits without OCR (the form these settings had before OCR existed). */
  public ExtractionSettings(
      int maxCharacters, int maxEmbeddedDepth, int maxEmbeddedCount, long maxFileBytes) {
    this(maxCharacters, maxEmbeddedDepth, maxEmbeddedCount, maxFileBytes, Optional.empty());
  }

  /**
   * The default limits (OCR off), suitable for a corpus of government filings read on a desktop
   * machine.
   */
  public static ExtractionSettings defaults() {
    return new ExtractionSettings(
        DEFAULT_MAX_CHARACTERS,
        DEFAULT_MAX_EMBEDDED_DEPTH,
        DEFAULT_MAX_EMBEDDED_COUNT,
        DEFAULT_MAX_FILE_BYTES);
  }

  /** These settings with {@link #maxCharacters} replaced. */
  public ExtractionSettings withMaxCharacters(int value) {
    return new ExtractionSettings(value, maxEmbeddedDepth, maxEmbeddedCount, maxFileBytes, ocr);
  }

  /** These settings with {@link #maxEmbeddedDepth} replaced. */
  public ExtractionSettings withMaxEmbeddedDepth(int value) {
    return new ExtractionSettings(maxCharacters, value, maxEmbeddedCount, maxFileBytes, ocr);
  }

  /** These settings with {@link #maxEmbeddedCount} replaced. */
  public ExtractionSettings withMaxEmbeddedCount(int value) {
    return new ExtractionSettings(maxCharacters, maxEmbeddedDepth, value, maxFileBytes, ocr);
  }

  /** These settings with {@link #maxFileBytes} replaced. */
  public ExtractionSettings withMaxFileBytes(long value) {
    return new ExtractionSettings(maxCharacters, maxEmbeddedDepth, maxEmbeddedCount, value, ocr);
  }

  /**
   * These settings with OCR switched on: PDF pages without a usable text layer and image files are
   * recognized within the bounds of {@code value}.
   */
  public ExtractionSettings withOcr(OcrSettings value) {
    Objects.requireNonNull(value, "value");
    return new ExtractionSettings(
        maxCharacters, maxEmbeddedDepth, maxEmbeddedCount, maxFileBytes, Optional.of(value));
  }

  /** These settings with OCR switched off. */
  public ExtractionSettings withoutOcr() {
    return new ExtractionSettings(
        maxCharacters, maxEmbeddedDepth, maxEmbeddedCount, maxFileBytes, Optional.empty());
  }
}
