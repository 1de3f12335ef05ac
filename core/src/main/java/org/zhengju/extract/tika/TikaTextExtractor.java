package org.zhengju.extract.tika;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.TextExtractor;
import org.zhengju.extract.ocr.OcrEngine;
import org.zhengju.extract.ocr.OcrException;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.ocr.TesseractOcrEngine;

/**
 * Extracts text with Apache Tika: PDF (with page spans), HTML, Office, plain text and the rest of
 * Tika's formats, and zip archives entry by entry.
 *
 * <p>OCR runs only when {@link ExtractionSettings#ocr()} is set, and never through Tika's own OCR:
 * then the PDF pages whose text layer is empty or garbage (see {@link
 * org.zhengju.extract.ocr.TextLayerQuality}) are rendered and recognized with Tesseract, their text
 * replacing the page's text in place (pages keep their numbers and are marked {@link
 * org.zhengju.document.PageSpan#ocr()}), and image files (every TIFF frame a page) are recognized;
 * the document's metadata records {@code ocrEngine} and {@code ocrPages}. Born-digital pages are
 * never recognized. Past a bound of {@link OcrSettings} the outcome is partial with the reason.
 * When OCR is configured but Tesseract or a language is missing, the extractor still works and
 * reports the pages it could not read as partial, with the package to install. Without OCR settings
 * a page or image without a text layer comes out as empty text with a partial reason saying so.
 * Text is never cut silently: past {@link ExtractionSettings#maxCharacters()} the outcome says
 * where it was truncated. Embedded images of PDF and Office documents are not reported as documents
 * (without OCR they hold no text); images inside archives are.
 *
 * <p>Thread-safe: one instance may serve several threads; each call keeps its state to itself.
 * Whoever creates it closes it, which closes the OCR engine it opened (an engine passed in is the
 * caller's).
 */
public final class TikaTextExtractor implements TextExtractor {

  private final ExtractionSettings settings;
  private final TikaEngine engine = new TikaEngine();
  private final Optional<OcrPass> ocr;
  private final Optional<OcrEngine> ownedEngine;

  /** Creates an extractor with {@link ExtractionSettings#defaults()} (no OCR). */
  public TikaTextExtractor() {
    this(ExtractionSettings.defaults());
  }

  /**
   * Creates an extractor with the given limits. When {@code settings} ask for OCR, Tesseract is
   * checked once, here; if it or a language is missing, {@link #ocrUnavailableReason()} says why
   * and what to install.
   */
  public TikaTextExtractor(ExtractionSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    if (settings.ocr().isEmpty()) {
      this.ocr = Optional.empty();
      this.ownedEngine = Optional.empty();
      return;
    }
    OcrSettings ocrSettings = settings.ocr().get();
    Optional<OcrEngine> opened;
    OcrPass pass;
    try {
      TesseractOcrEngine tesseract = TesseractOcrEngine.open(ocrSettings);
      opened = Optional.of(tesseract);
      pass = OcrPass.with(tesseract, ocrSettings);
    } catch (OcrException e) {
      opened = Optional.empty();
      pass = OcrPass.unavailable(ocrSettings, "OCR unavailable: " + e.getMessage());
    }
    this.ocr = Optional.of(pass);
    this.ownedEngine = opened;
  }

  /**
   * Creates an extractor that recognizes scanned pages and images with {@code ocrEngine} within the
   * OCR settings of {@code settings}, which must be present. The caller owns {@code ocrEngine} and
   * closes it after this extractor.
   *
   * @throws IllegalArgumentException if {@code settings} have no OCR settings
   */
  public TikaTextExtractor(ExtractionSettings settings, OcrEngine ocrEngine) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ocrEngine, "ocrEngine");
    OcrSettings ocrSettings =
        settings
            .ocr()
            .orElseThrow(
                () ->
                    new IllegalArgumentException("settings.ocr must be set to use an OCR engine"));
    this.ocr = Optional.of(OcrPass.with(ocrEngine, ocrSettings));
    this.ownedEngine = Optional.empty();
  }

  /**
   * Why OCR was asked for but cannot run (Tesseract or a language missing, with the package to
   * install), or empty when OCR runs or was not asked for.
   */
  public Optional<String> ocrUnavailableReason() {
    return ocr.flatMap(OcrPass::unavailableReason);
  }

  /**
   * Extracts {@code file}: one outcome for a plain document, one per entry for an archive (an
   * archive with no entries gives one failure), plus failures naming any limits reached.
   */
  @Override
  public List<ExtractionOutcome> extract(Path file, String source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    try (ExtractionRun run = new ExtractionRun(engine, settings, ocr)) {
      run.extract(file, source, 0, true);
      List<ExtractionOutcome> outcomes = run.outcomes();
      // The contract promises at least one outcome, so a file never disappears from a run's record.
      return outcomes.isEmpty()
          ? List.of(
              new ExtractionOutcome.Failed(
                  source, Optional.empty(), "no document found in the file"))
          : outcomes;
    }
  }

  /** Closes the Tesseract engine this extractor opened, if any. */
  @Override
  public void close() {
    ownedEngine.ifPresent(OcrEngine::close);
  }

  /** Returns {@code "tika"}. */
  @Override
  public String name() {
    return "tika";
  }
}
