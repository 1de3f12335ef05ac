package org.zhengju.evidence;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhengju.lexicon.Category;

/**
 * One citable piece of evidence about one company: a quote with its exact location in a source
 * document.
 *
 * @param company the company's full name as resolved in the document
 * @param source the document's source name
 * @param sha256 SHA-256 of the document's original bytes
 * @param page 1-based page of the quote's start, empty for formats without pages
 * @param start source offset of the quote in the extracted text
 * @param end source end offset, exclusive
 * @param quote the normalized text of {@code [start, end)} (original script)
 * @param categories programme categories found in the quote
 * @param grade the grade this item supports
 * @param rationale one sentence on why this grade (which rule fired), for reviewers
 * @param counterparty for a supply-chain item (grade D), the supplier or customer named in the
 *     quote, whose own grade the item depends on; empty otherwise
 */
public record EvidenceItem(
    String company,
    String source,
    String sha256,
    Optional<Integer> page,
    int start,
    int end,
    String quote,
    Set<Category> categories,
    Grade grade,
    String rationale,
    Optional<String> counterparty) {
  public EvidenceItem {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(page, "page");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad source range");
    Objects.requireNonNull(quote, "quote");
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(counterparty, "counterparty");
  }

  /** An item that names no counterparty (every grade but D). */
  public EvidenceItem(
      String company,
      String source,
      String sha256,
      Optional<Integer> page,
      int start,
      int end,
      String quote,
      Set<Category> categories,
      Grade grade,
      String rationale) {
    this(
        company,
        source,
        sha256,
        page,
        start,
        end,
        quote,
        categories,
        grade,
        rationale,
        Optional.empty());
  }
}
