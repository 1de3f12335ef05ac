package org.zhengju.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * A name found in a document.
 *
 * @param kind what the name names
 * @param text the name as it stands in the normalized text
 * @param start source offset
 * @param end source end offset, exclusive
 * @param normalizedStart offset in the normalized text
 * @param normalizedEnd end offset in the normalized text, exclusive
 * @param canonical for a short name, English name or variant: the full name it was resolved to in
 *     this document (e.g. the legal name an 以下简称 definition names), if known
 * @param recognizer short name of the recognizer that found it ({@code rules}, {@code corenlp})
 */
public record Mention(
    EntityKind kind,
    String text,
    int start,
    int end,
    int normalizedStart,
    int normalizedEnd,
    Optional<String> canonical,
    String recognizer) {
  public Mention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) throw new IllegalArgumentException("text must not be blank");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad source range");
    if (normalizedStart < 0 || normalizedEnd <= normalizedStart)
      throw new IllegalArgumentException("bad normalized range");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(recognizer, "recognizer");
  }

  /** The full name this mention stands for: {@link #canonical()} if known, else {@link #text()}. */
  public String resolvedName() {
    return canonical.orElse(text);
  }
}
