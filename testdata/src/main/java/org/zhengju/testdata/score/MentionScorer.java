package org.zhengju.testdata.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zhengju.testdata.GoldMention;

/**
 * Scores reported company mentions against the hand-written gold mentions ({@code mentions.tsv}):
 * precision and recall over distinct (source, surface) pairs, and how many of the found mentions
 * resolve to the right company.
 *
 * <p>Matching is exact on the surface after NFKC and whitespace collapsing: a reported name whose
 * boundary is off (年度报告金帆服饰股份有限公司 for 金帆服饰股份有限公司) is a false positive, and the gold surface counts
 * as found only if some occurrence in that document was reported exactly. A name with a wrong
 * extent is a wrong name for search and for aggregation, so partial overlaps earn no credit. Script
 * is not folded for surfaces (the gold keeps traditional forms); companies compare after NFKC,
 * whitespace removal and the caller's folding (traditional to simplified), since the system may
 * name a company in either script. Only sources with at least one gold row are scored.
 */
public final class MentionScorer {
  private final List<GoldMention> gold;
  private final UnaryOperator<String> companyFold;

  /**
   * A scorer over the given gold.
   *
   * @param gold the gold mentions
   * @param companyFold folding applied to company names after NFKC before comparing them (e.g.
   *     traditional to simplified); it must not depend on anything but its argument
   */
  public MentionScorer(List<GoldMention> gold, UnaryOperator<String> companyFold) {
    this.gold = List.copyOf(gold);
    this.companyFold = Objects.requireNonNull(companyFold, "companyFold");
  }

  /** Scores {@code reported} (every company mention the system found, any number per surface). */
  public MentionScore score(List<ReportedMention> reported) {
    Map<String, GoldMention> goldByKey = new LinkedHashMap<>();
    Set<String> goldSources = new LinkedHashSet<>();
    for (GoldMention g : gold) {
      goldByKey.put(key(g.source(), g.surface()), g);
      goldSources.add(g.source());
    }
    Map<String, Set<String>> companiesByKey = new LinkedHashMap<>();
    Set<String> unscored = new LinkedHashSet<>();
    for (ReportedMention r : reported) {
      if (!goldSources.contains(r.source())) {
        unscored.add(r.source());
        continue;
      }
      companiesByKey
          .computeIfAbsent(key(r.source(), r.surface()), k -> new LinkedHashSet<>())
          .add(r.company());
    }
    List<String> tp = new ArrayList<>();
    List<String> fn = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    List<String> misresolved = new ArrayList<>();
    for (Map.Entry<String, GoldMention> e : goldByKey.entrySet()) {
      Set<String> companies = companiesByKey.get(e.getKey());
      String label = e.getValue().source() + ": " + e.getValue().surface();
      if (companies == null) {
        fn.add(label);
        continue;
      }
      tp.add(label);
      String wanted = foldCompany(e.getValue().company());
      if (companies.stream().map(this::foldCompany).allMatch(wanted::equals)) resolved.add(label);
      else misresolved.add(label + " → got " + companies + ", gold " + e.getValue().company());
    }
    List<String> fp = new ArrayList<>();
    for (String k : companiesByKey.keySet()) {
      if (!goldByKey.containsKey(k)) fp.add(k.replace("\t", ": "));
    }
    return new MentionScore(tp, fp, fn, resolved, misresolved, List.copyOf(unscored));
  }

  private static String key(String source, String surface) {
    return source + "\t" + foldSurface(surface);
  }

  /** NFKC with whitespace runs collapsed: English names keep their single spaces. */
  static String foldSurface(String surface) {
    return Normalizer.normalize(surface, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
  }

  private String foldCompany(String company) {
    return companyFold.apply(
        Normalizer.normalize(company, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
  }
}
