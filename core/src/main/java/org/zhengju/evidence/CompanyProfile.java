package org.zhengju.evidence;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhengju.lexicon.Category;

/**
 * A company with all evidence the corpus holds about it, aggregated across documents.
 *
 * @param name full legal name as written in the corpus (Chinese where one exists)
 * @param aliases short names, English names and traditional-script forms, in first-seen order
 * @param grade the strongest grade of its evidence
 * @param categories union of the categories of its evidence
 * @param evidence evidence items, strongest grade first, then by source and offset
 */
public record CompanyProfile(
    String name,
    List<String> aliases,
    Grade grade,
    Set<Category> categories,
    List<EvidenceItem> evidence) {
  public CompanyProfile {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(grade, "grade");
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
  }

  /** Whether {@code candidate} is this company's legal name or one of its aliases (exact match). */
  public boolean isNamed(String candidate) {
    return name.equals(candidate) || aliases.contains(candidate);
  }
}
