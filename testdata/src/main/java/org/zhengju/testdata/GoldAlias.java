package org.zhengju.testdata;

/**
 * An alias that must resolve to a company's legal name (short name, English name,
 * traditional-script form).
 *
 * @param company the legal name as written in the corpus
 * @param alias the other name
 * @param source the file where the alias is defined or used
 */
public record GoldAlias(String company, String alias, String source) {
  /** Validates that every field is non-blank and the alias differs from the name. */
  public GoldAlias {
    GoldLink.requireText(company, "company");
    GoldLink.requireText(alias, "alias");
    GoldLink.requireText(source, "source");
    if (company.equals(alias)) {
      throw new IllegalArgumentException("alias must differ from company: " + alias);
    }
  }
}
