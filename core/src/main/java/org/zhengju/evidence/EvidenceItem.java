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
    String rationale) {
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
  }
}
