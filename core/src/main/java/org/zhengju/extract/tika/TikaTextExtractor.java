package org.zhengju.extract.tika;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.TextExtractor;

/**
 * Extracts text with Apache Tika: PDF (with page spans), HTML, Office, plain text and the rest of Tika's
 * formats, and zip archives entry by entry.
 *
 * <p>OCR is always off, even when Tesseract is installed: a page or image without a text layer comes out
 * as empty text with a partial reason saying so. Text is never cut silently: past {@link
 * ExtractionSettings#maxCharacters()} the outcome says where it was truncated. Embedded images of PDF and
 * Office documents are not reported as documents (without OCR they hold no text); images inside archives
 * are.
 *
 * <p>Thread-safe: one instance may serve several threads; each call keeps its state to itself. It holds
 * no resources beyond memory, so {@link #close()} does nothing, but callers should still close it.
 */
public final class TikaTextExtractor implements TextExtractor {

  private final ExtractionSettings settings;
  private final TikaEngine engine = new TikaEngine();

  /** Creates an extractor with {@link ExtractionSettings#defaults()}. */
  public TikaTextExtractor() {
    this(ExtractionSettings.defaults());
  }

  /** Creates an extractor with the given limits. */
  public TikaTextExtractor(ExtractionSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Extracts {@code file}: one outcome for a plain document, one per entry for an archive (an archive
   * with no entries gives one failure), plus failures naming any limits reached.
   */
  @Override
  public List<ExtractionOutcome> extract(Path file, String source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    try (ExtractionRun run = new ExtractionRun(engine, settings)) {
      run.extract(file, source, 0, true);
      List<ExtractionOutcome> outcomes = run.outcomes();
      // The contract promises at least one outcome, so a file never disappears from a run's record.
      return outcomes.isEmpty()
          ? List.of(new ExtractionOutcome.Failed(source, Optional.empty(), "no document found in the file"))
          : outcomes;
    }
  }

  /** Returns {@code "tika"}. */
  @Override
  public String name() {
    return "tika";
  }
}
