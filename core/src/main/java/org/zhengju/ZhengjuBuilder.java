package org.zhengju;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.ingest.IngestSettings;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.store.StoreProvider;

/**
 * Settings for a {@link Zhengju}: where the index is, which lexicon files and recognizers to use,
 * how many threads. Each setter checks its input at once.
 */
public final class ZhengjuBuilder {
  private Path index;
  private final List<Path> lexiconFiles = new ArrayList<>();
  private final Set<String> recognizers = new LinkedHashSet<>(List.of("rules"));
  private IngestSettings ingest = IngestSettings.defaults();
  // Researchers' corpora hold notices that exist only as scans, so the facade asks for OCR; the
  // extractor checks
  // once whether Tesseract can run and, when not, the facade warns and scanned pages come out as
  // partial.
  private ExtractionSettings extraction =
      ExtractionSettings.defaults().withOcr(OcrSettings.defaults());
  private String backend = "lucene";
  private Consumer<String> warnings = w -> {};

  ZhengjuBuilder() {}

  /** The index folder (created on first ingest). Required. */
  public ZhengjuBuilder index(Path dir) {
    this.index = Objects.requireNonNull(dir, "index").toAbsolutePath();
    return this;
  }

  /**
   * Adds a user lexicon file (same TSV columns as the built-in one) beside the built-in lexicon.
   */
  public ZhengjuBuilder lexiconFile(Path tsv) {
    Objects.requireNonNull(tsv, "lexiconFile");
    lexiconFiles.add(tsv);
    return this;
  }

  /**
   * Also runs the recognizer with this short name (e.g. {@code corenlp}) where it can change an
   * answer. The rule-based recognizer always runs.
   */
  public ZhengjuBuilder recognizer(String name) {
    if (Objects.requireNonNull(name, "recognizer").isBlank())
      throw new IllegalArgumentException("recognizer must not be blank");
    recognizers.add(name);
    return this;
  }

  /** Worker threads for ingest (default: one per core). */
  public ZhengjuBuilder threads(int threads) {
    this.ingest = ingest.withThreads(threads);
    return this;
  }

  /** Ingest settings (threads, per-file timeout, commit interval). */
  public ZhengjuBuilder ingestSettings(IngestSettings settings) {
    this.ingest = Objects.requireNonNull(settings, "ingestSettings");
    return this;
  }

  /**
   * Extraction limits (characters per document, embedded depth and count) and OCR. Default: {@link
   * ExtractionSettings#defaults()} with OCR on ({@link OcrSettings#defaults()}); pass settings
   * without OCR to switch it off.
   */
  public ZhengjuBuilder extraction(ExtractionSettings settings) {
    this.extraction = Objects.requireNonNull(settings, "extraction");
    return this;
  }

  /** The store backend's short name (default {@code lucene}). */
  public ZhengjuBuilder backend(String name) {
    this.backend = Objects.requireNonNull(name, "backend");
    return this;
  }

  /** Where warnings go (a recognizer that cannot run, for example); default: dropped. */
  public ZhengjuBuilder warnings(Consumer<String> sink) {
    this.warnings = Objects.requireNonNull(sink, "warnings");
    return this;
  }

  /**
   * Opens the library.
   *
   * @throws NoSuchFileException if a lexicon file does not exist
   * @throws IOException if a lexicon file cannot be parsed (the message names file and line)
   * @throws IllegalStateException if no index was set, or the backend or a required recognizer is
   *     not on the classpath
   */
  public Zhengju build() throws IOException {
    if (index == null) throw new IllegalStateException("index is required: call index(Path)");
    Lexicon lexicon = Lexicon.builtIn();
    for (Path file : lexiconFiles) {
      if (!Files.isRegularFile(file))
        throw new NoSuchFileException(file.toString(), null, "lexicon file not found");
      lexicon = lexicon.plus(Lexicon.load(file));
    }
    return new Zhengju(this, lexicon, loadRecognizers(), loadProvider());
  }

  private List<EntityRecognizer> loadRecognizers() {
    List<EntityRecognizer> found = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>(recognizers);
    for (EntityRecognizer r : ServiceLoader.load(EntityRecognizer.class)) {
      if (!recognizers.contains(r.name())) continue;
      missing.remove(r.name());
      var reason = r.unavailableReason();
      if (reason.isPresent()) {
        warnings.accept("recognizer " + r.name() + " disabled: " + reason.get());
        r.close();
        continue;
      }
      found.add(r);
    }
    if (missing.contains("rules"))
      throw new IllegalStateException(
          "the rule-based recognizer is not on the classpath (broken build?)");
    for (String name : missing)
      warnings.accept("recognizer " + name + " is not on the classpath; running without it");
    found.sort((a, b) -> Boolean.compare(a.selective(), b.selective()));
    return found;
  }

  private StoreProvider loadProvider() {
    for (StoreProvider p : ServiceLoader.load(StoreProvider.class))
      if (p.name().equals(backend)) return p;
    throw new IllegalStateException(
        "no store backend named '" + backend + "' on the classpath (add zhengju-index)");
  }

  Path index() {
    return index;
  }

  IngestSettings ingest() {
    return ingest;
  }

  Consumer<String> warnings() {
    return warnings;
  }

  ExtractionSettings extraction() {
    return extraction;
  }
}
