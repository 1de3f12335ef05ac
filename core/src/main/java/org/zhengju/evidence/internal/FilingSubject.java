package org.zhengju.evidence.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengju.entity.CompanyName;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.entity.internal.NameKey;

/**
 * Decides whose own filing a document is, for grade B: the company a 释义 row calls 本公司/公司 (any
 * generic word resolved to it); else the company named in a filing-like title (报告, 公告, 说明书 … but
 * not 通知, 方案); else the most-mentioned company when it has at least three mentions and at least 60%
 * of all company mentions, when the title is filing-like but names no company. Otherwise none (a
 * notice or news item).
 */
public final class FilingSubject {
  /**
   * Titles of a company's own publications: reports, announcements, prospectuses, profiles, job
   * adverts.
   */
  private static final Pattern FILING_TITLE =
      Pattern.compile(
          "报告|年报|公告|说明书|简介|ESG|招聘|章程"
              + "|(?i:annual report|interim report|announcement|prospectus|sustainability report)");

  /** Titles of government notices, which may name a company without being its filing. */
  private static final Pattern NOTICE_TITLE = Pattern.compile("通知|方案|意见|办法|决定|批复");

  private FilingSubject() {}

  /** The subject company's name, if the document has one. */
  public static Optional<String> find(
      Optional<String> title, List<CompanyName> companies, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.kind() == EntityKind.COMPANY
          && m.canonical().isPresent()
          && NameKey.isGeneric(m.text())) return m.canonical();
    }
    boolean filingTitle =
        title.isPresent()
            && FILING_TITLE.matcher(title.get()).find()
            && !NOTICE_TITLE.matcher(title.get()).find();
    if (filingTitle) {
      for (CompanyName c : companies) {
        if (title.get().contains(c.name())) return Optional.of(c.name());
        for (String alias : c.aliases())
          if (alias.length() >= 2 && title.get().contains(alias)) return Optional.of(c.name());
      }
    }
    // A news item or profile names its firm often too: count mentions only under a filing title
    // (2020年年度报告).
    if (!filingTitle) return Optional.empty();
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (Mention m : mentions) {
      if (m.kind() != EntityKind.COMPANY) continue;
      counts.merge(m.resolvedName(), 1, Integer::sum);
      total++;
    }
    int all = total;
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 3 && e.getValue() * 10 >= all * 6)
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
