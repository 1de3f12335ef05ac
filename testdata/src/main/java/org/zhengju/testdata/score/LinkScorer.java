package org.zhengju.testdata.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengju.testdata.GoldGrade;
import org.zhengju.testdata.GoldLink;
import org.zhengju.testdata.GoldNonLink;

/**
 * Scores reported companies against the hand-written gold: precision and recall of the companies
 * linked with grade A–C, grade agreement, evidence found per gold row, and non-links wrongly
 * linked. Gold grade-D companies (supply chain only) are scored apart: each must be reported with
 * grade D and, per gold row, a D item from that source whose quote holds the fragment; reported
 * with A–C it is a false positive like any other, never a true positive.
 */
public final class LinkScorer {
  private final List<GoldLink> links;
  private final List<GoldNonLink> nonLinks;

  /**
   * A scorer over the given gold.
   *
   * @param links expected evidence rows
   * @param nonLinks companies that must never be linked with grade A–C
   */
  public LinkScorer(List<GoldLink> links, List<GoldNonLink> nonLinks) {
    this.links = List.copyOf(links);
    this.nonLinks = List.copyOf(nonLinks);
  }

  /**
   * These gold rows without the ones only a statistical recognizer can find (for rules-only runs).
   */
  public LinkScorer withoutNerOnly() {
    return new LinkScorer(links.stream().filter(l -> !l.nerOnly()).toList(), nonLinks);
  }

  /** Scores {@code reported} (every company the system found, any grade). */
  public LinkScore score(List<ReportedCompany> reported) {
    Map<String, GoldGrade> goldBest = new LinkedHashMap<>();
    for (GoldLink l : links)
      if (l.grade().isProgrammeLink() || l.grade() == GoldGrade.C)
        goldBest.merge(l.company(), l.grade(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    goldBest.keySet().removeIf(c -> goldBest.get(c).compareTo(GoldGrade.C) > 0);

    List<String> tp = new ArrayList<>();
    List<String> fn = new ArrayList<>();
    List<String> grades = new ArrayList<>();
    for (var e : goldBest.entrySet()) {
      Optional<ReportedCompany> r = find(reported, e.getKey());
      if (r.isPresent() && r.get().linked()) {
        tp.add(e.getKey());
        if (!r.get().grade().equals(e.getValue().name()))
          grades.add(e.getKey() + ": gold " + e.getValue() + ", got " + r.get().grade());
      } else {
        fn.add(e.getKey() + r.map(c -> " (got " + c.grade() + ")").orElse(" (not found)"));
      }
    }
    List<String> fp = new ArrayList<>();
    for (ReportedCompany r : reported) {
      if (!r.linked()) continue;
      if (goldBest.keySet().stream().noneMatch(r::isNamed))
        fp.add(r.name() + " (" + r.grade() + ")");
    }
    Map<String, GoldGrade> goldSupply = new LinkedHashMap<>();
    for (GoldLink l : links)
      if (l.grade() == GoldGrade.D && !goldBest.containsKey(l.company()))
        goldSupply.put(l.company(), GoldGrade.D);
    List<String> supplyFound = new ArrayList<>();
    List<String> supplyMissed = new ArrayList<>();
    for (String company : goldSupply.keySet()) {
      Optional<ReportedCompany> r = find(reported, company);
      if (r.isPresent() && r.get().grade().equals("D")) {
        supplyFound.add(company);
      } else {
        supplyMissed.add(company + r.map(c -> " (got " + c.grade() + ")").orElse(" (not found)"));
        r.ifPresent(c -> grades.add(company + ": gold D, got " + c.grade()));
      }
    }
    List<String> supplyUnexpected = new ArrayList<>();
    for (ReportedCompany r : reported)
      if (r.grade().equals("D") && goldSupply.keySet().stream().noneMatch(r::isNamed))
        supplyUnexpected.add(r.name());
    List<String> missed = new ArrayList<>();
    for (GoldLink l : links) {
      boolean supply = goldSupply.containsKey(l.company());
      if (!goldBest.containsKey(l.company()) && !supply) continue;
      String fragment = fold(l.quoteFragment());
      boolean found =
          find(reported, l.company()).stream()
              .flatMap(c -> c.evidence().stream())
              .filter(ev -> !supply || ev.grade().equals("D"))
              .anyMatch(
                  ev -> ev.source().equals(l.source()) && fold(ev.quote()).contains(fragment));
      if (!found) missed.add(l.company() + " @ " + l.source() + ": " + l.quoteFragment());
    }
    List<String> violations = new ArrayList<>();
    for (GoldNonLink n : nonLinks) {
      find(reported, n.company())
          .filter(ReportedCompany::linked)
          .ifPresent(c -> violations.add(n.company() + " (" + c.grade() + ")"));
    }
    return new LinkScore(
        tp, fp, fn, grades, missed, violations, supplyFound, supplyMissed, supplyUnexpected);
  }

  private static Optional<ReportedCompany> find(List<ReportedCompany> reported, String company) {
    return reported.stream()
        .filter(r -> r.isNamed(company))
        .min(Comparator.comparing(ReportedCompany::grade));
  }

  /** NFKC without whitespace: how gold strings are compared with reported ones. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
