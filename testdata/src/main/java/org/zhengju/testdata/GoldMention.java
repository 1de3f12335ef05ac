package org.zhengju.testdata;

import java.util.Objects;

/**
 * One company mention a recognizer should find: a distinct surface of one document and the company
 * it refers to.
 *
 * @param source path relative to the corpus root; an archive member is {@code
 *     archive.zip!/inner/path}
 * @param surface the name as written in the document's text after NFKC (traditional script kept): a
 *     legal name, a short name (以下简称, 下稱, 释义, 证券简称), an English name or a unit named after the
 *     company
 * @param company the legal name the surface refers to, as written in the corpus, or the trade name
 *     when the corpus has no legal name for it
 * @param note free text saying why the surface counts
 */
public record GoldMention(String source, String surface, String company, String note) {
  /** Validates that every field except the note is non-blank. */
  public GoldMention {
    GoldLink.requireText(source, "source");
    GoldLink.requireText(surface, "surface");
    GoldLink.requireText(company, "company");
    Objects.requireNonNull(note, "note");
  }
}
