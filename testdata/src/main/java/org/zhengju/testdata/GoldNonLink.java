package org.zhengju.testdata;

/**
 * A company that appears in {@code source} but must never be reported with grade A, B or C (grade
 * E, or no report at all, is acceptable).
 *
 * @param company the name as written in the source
 * @param source path relative to the corpus root
 * @param reason why it is not a programme link
 */
public record GoldNonLink(String company, String source, String reason) {
  /** Validates that every field is non-blank. */
  public GoldNonLink {
    GoldLink.requireText(company, "company");
    GoldLink.requireText(source, "source");
    GoldLink.requireText(reason, "reason");
  }
}
