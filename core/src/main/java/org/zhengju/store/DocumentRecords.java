package org.zhengju.store;

import java.nio.file.Path;
import java.util.Optional;
import org.zhengju.analysis.AnalyzedDocument;

/**
 * Builds the {@link DocumentRecord} a store keeps for an analysed document, the same way for every
 * backend.
 */
public final class DocumentRecords {
  private DocumentRecords() {}

  /**
   * The record of {@code document}, read from {@code file}, partial for {@code partialReason} if
   * present.
   */
  public static DocumentRecord of(
      AnalyzedDocument document, Path file, Optional<String> partialReason) {
    return new DocumentRecord(
        document.document().source(),
        document.document().sha256(),
        document.document().mediaType(),
        Optional.ofNullable(file).map(f -> f.toAbsolutePath().toString()),
        partialReason.isPresent() ? "partial" : "indexed",
        partialReason,
        document.companies(),
        document.evidence());
  }
}
