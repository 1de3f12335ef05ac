package org.zhengju.extract.ocr;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How OCR runs and how far it may go: languages, resolution and the bounds past which a document's
 * OCR is partial.
 *
 * @param languages Tesseract language codes in priority order, e.g. {@code [chi_sim, eng]}
 * @param dpi resolution at which pages are rendered and which the engine is told, 72–1200; 300 is
 *     the floor for reliable Chinese (200 dpi loses pages)
 * @param maxPagesPerDocument OCR stops after this many pages of one document; the rest is reported
 *     as partial
 * @param secondsPerPage a page whose recognition takes longer is abandoned and reported
 * @param threads how many pages of one document are recognized at once (one engine process each);
 *     keep 1 when documents themselves are processed in parallel
 * @param pageLayout how the engine finds the text lines of a page
 */
public record OcrSettings(
    List<String> languages,
    int dpi,
    int maxPagesPerDocument,
    int secondsPerPage,
    int threads,
    PageLayout pageLayout) {

  /**
   * How the engine segments a page into text lines (Tesseract's {@code --psm}).
   *
   * <p>{@link #UNIFORM_BLOCK} is the default, chosen by measurement (character error rate after
   * width folding on the scanned 16 pt (三号) county notice of the test corpus at 300 dpi, Tesseract
   * 5.3 chi_sim+eng, {@code ExtractionQualityReport}, pages rendered in colour): {@link #AUTO}
   * 15.0% — it split the indented first line of a paragraph off as a block of its own and read
   * "50人赴锦程鞋业有" as "Ai" —, {@link #SINGLE_COLUMN} 12.0%, {@link #UNIFORM_BLOCK} 3.8% (rendered
   * grey: 14.4%, 11.6%, 7.0%). Government notices, the documents that exist only as scans, are one
   * column, and a uniform block also keeps a table row on one line; use {@link #AUTO} for scanned
   * multi-column pages, which a uniform block reads across the columns.
   */
  public enum PageLayout {
    /** Find columns and blocks automatically (Tesseract {@code --psm 3}). */
    AUTO(3),
    /** One column of text lines of varying size (Tesseract {@code --psm 4}). */
    SINGLE_COLUMN(4),
    /** One uniform block of text (Tesseract {@code --psm 6}). */
    UNIFORM_BLOCK(6);

    private final int tesseractMode;

    PageLayout(int tesseractMode) {
      this.tesseractMode = tesseractMode;
    }

    /** The value of Tesseract's {@code --psm} option for this layout. */
    public int tesseractMode() {
      return tesseractMode;
    }
  }

  /** Settings with the default {@link PageLayout#UNIFORM_BLOCK} layout. */
  public OcrSettings(
      List<String> languages, int dpi, int maxPagesPerDocument, int secondsPerPage, int threads) {
    this(languages, dpi, maxPagesPerDocument, secondsPerPage, threads, PageLayout.UNIFORM_BLOCK);
  }

  /** Default resolution: Chinese OCR below 300 dpi loses characters. */
  public static final int DEFAULT_DPI = 300;

  /**
   * Largest page image side, in pixels, that is recognized (10,000 px is 33 inches at 300 dpi); a
   * larger page is skipped with a partial reason rather than allocating hundreds of megabytes.
   */
  public static final int MAX_PIXELS_PER_SIDE = 10_000;

  private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public OcrSettings {
    languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
    if (languages.isEmpty()) throw new IllegalArgumentException("languages must not be empty");
    for (String language : languages) {
      if (!LANGUAGE_CODE.matcher(language).matches())
        throw new IllegalArgumentException(
            "languages must be Tesseract codes like chi_sim or eng: '" + language + "'");
    }
    if (new HashSet<>(languages).size() != languages.size())
      throw new IllegalArgumentException("languages must not repeat: " + languages);
    if (dpi < 72 || dpi > 1200)
      throw new IllegalArgumentException("dpi must be in 72..1200: " + dpi);
    if (maxPagesPerDocument < 1)
      throw new IllegalArgumentException(
          "maxPagesPerDocument must be >= 1: " + maxPagesPerDocument);
    if (secondsPerPage < 1)
      throw new IllegalArgumentException("secondsPerPage must be >= 1: " + secondsPerPage);
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    Objects.requireNonNull(pageLayout, "pageLayout");
  }

  /**
   * The defaults: simplified Chinese then English, 300 dpi, at most 500 pages per document, 120 s
   * per page, one page at a time, pages read as one uniform block of text.
   */
  public static OcrSettings defaults() {
    return new OcrSettings(List.of("chi_sim", "eng"), DEFAULT_DPI, 500, 120, 1);
  }

  /**
   * The languages joined the way Tesseract's {@code -l} option takes them, e.g. {@code
   * chi_sim+eng}.
   */
  public String languageArgument() {
    return String.join("+", languages);
  }

  /** A copy with another {@code dpi}. */
  public OcrSettings withDpi(int newDpi) {
    return new OcrSettings(
        languages, newDpi, maxPagesPerDocument, secondsPerPage, threads, pageLayout);
  }

  /** A copy with another {@code maxPagesPerDocument}. */
  public OcrSettings withMaxPagesPerDocument(int newMaxPages) {
    return new OcrSettings(languages, dpi, newMaxPages, secondsPerPage, threads, pageLayout);
  }

  /** A copy with another {@code secondsPerPage}. */
  public OcrSettings withSecondsPerPage(int newSecondsPerPage) {
    return new OcrSettings(
        languages, dpi, maxPagesPerDocument, newSecondsPerPage, threads, pageLayout);
  }

  /** A copy with another {@code threads}. */
  public OcrSettings withThreads(int newThreads) {
    return new OcrSettings(
        languages, dpi, maxPagesPerDocument, secondsPerPage, newThreads, pageLayout);
  }

  /** A copy with another {@code pageLayout}. */
  public OcrSettings withPageLayout(PageLayout newLayout) {
    return new OcrSettings(languages, dpi, maxPagesPerDocument, secondsPerPage, threads, newLayout);
  }
}
