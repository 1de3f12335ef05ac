package org.zhengju.testdata;

import java.util.Objects;

/**
 * One expected piece of evidence: {@code source} alone should support {@code grade} for {@code
 * company}, and some evidence quote for the company from that source must contain {@code
 * quoteFragment} (after NFKC width folding).
 *
 * @param company the company's legal name as written in the corpus (a trade name when no legal name
 *     exists)
 * @param grade the strongest grade this source alone supports for the company
 * @param source path relative to the corpus root; an archive member is {@code
 *     archive.zip!/inner/path}
 * @param quoteFragment a short string that occurs verbatim in the source's text
 * @param note free text; {@code ner-only} marks a company that only a statistical recognizer can
 *     find
 */
public record GoldLink(
    String company, GoldGrade grade, String source, String quoteFragment, String note) {
  /** Validates that every field except the note is non-blank. */
  public GoldLink {
    requireText(company, "company");
    Objects.requireNonNull(grade, "grade");
    requireText(source, "source");
    requireText(quoteFragment, "quoteFragment");
    Objects.requireNonNull(note, "note");
  }

  /**
   * Whether this row is flagged for named-entity recognition only (no legal-form suffix in the
   * corpus).
   */
  public boolean nerOnly() {
    return note.contains("ner-only");
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
