package org.zhengju.normalize;

/**
 * Normalizes extracted Chinese text for matching while keeping an exact offset map to the source.
 *
 * <p>Steps: full-width to half-width and NFKC; joining lines broken inside a Chinese sentence; collapsing runs of
 * whitespace. Traditional-to-simplified folding is applied only to {@link NormalizedText#matchText()}, so quotes
 * keep the original characters. Normalizing is idempotent on {@code text}.
 */
public interface TextNormalizer {

  /** Normalizes {@code source}. */
  NormalizedText normalize(String source);
}
