package org.zhengju.testdata.score;

import java.util.List;
import java.util.Objects;

/**
 * One company as a system reported it: names, overall grade and evidence.
 *
 * @param name the reported legal name
 * @param aliases the reported aliases
 * @param grade the overall grade letter (A–E)
 * @param evidence the reported evidence items
 */
public record ReportedCompany(
    String name, List<String> aliases, String grade, List<ReportedEvidence> evidence) {
  /** Copies the lists and validates that no field is null. */
  public ReportedCompany {
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(grade, "grade");
    evidence = List.copyOf(evidence);
  }

  /** Whether {@code company} is this company's name or one of its aliases, compared after NFKC. */
  public boolean isNamed(String company) {
    String wanted = LinkScorer.fold(company);
    return LinkScorer.fold(name).equals(wanted)
        || aliases.stream().map(LinkScorer::fold).anyMatch(wanted::equals);
  }

  /** Whether the grade is one of A, B, C (what the CLI lists by default). */
  public boolean linked() {
    return grade.equals("A") || grade.equals("B") || grade.equals("C");
  }
}
