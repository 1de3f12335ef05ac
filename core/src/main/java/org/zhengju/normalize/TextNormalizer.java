package org.zhengju.normalize;

import org.zhengju.document.ExtractedDocument;

/**
 * Normalizes extracted Chinese text for matching while keeping an exact offset map to the source.
 *
 * <p>Steps: full-width to half-width and NFKC; joining lines broken inside a Chinese sentence;
 * collapsing runs of whitespace. Traditional-to-simplified folding is applied only to {@link
 * NormalizedText#matchText()}, so quotes keep the original characters. Normalizing is idempotent on
 * {@code text}.
 */
public interface TextNormalizer {

  /** Normalizes {@code source}. */
  NormalizedText normalize(String source);

  /**
   * Normalizes the text of {@code document}, leaving out its {@link
   * ExtractedDocument#boilerplate()} lines (running headers, footers, page numbers) so that they
   * are neither tagged nor indexed; the offset map still points into {@code document.text()}, where
   * the left-out characters simply have no normalized character. This default ignores the
   * boilerplate (it is {@code normalize(document.text())}); implementations should override it.
   */
  default NormalizedText normalize(ExtractedDocument document) {
    return normalize(document.text());
  }
}
