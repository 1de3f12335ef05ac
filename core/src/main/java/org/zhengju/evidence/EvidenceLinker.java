package org.zhengju.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.CompanyName;
import org.zhengju.entity.CompanyNameResolver;
import org.zhengju.entity.DocumentCompanies;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.entity.internal.NameBoundary;
import org.zhengju.evidence.internal.Candidate;
import org.zhengju.evidence.internal.DocumentView;
import org.zhengju.evidence.internal.FilingSubject;
import org.zhengju.evidence.internal.PresumptionRules;
import org.zhengju.evidence.internal.ProgrammeRules;
import org.zhengju.evidence.internal.Sentences;
import org.zhengju.evidence.internal.SupplyChainRules;
import org.zhengju.evidence.internal.TableColumns;
import org.zhengju.evidence.internal.TermOwnership;
import org.zhengju.evidence.internal.Verdict;
import org.zhengju.evidence.internal.Vocabulary;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;
import org.zhengju.quantity.Quantity;

/**
 * Links the companies a document names to programme evidence, as graded, citable quotes.
 *
 * <p>Window: programme terms are looked for in the company's own sentence, else in the sentence
 * before or after it within the same passage (never across passages, never from a sentence naming
 * another company). The quote is the sentence(s) holding the name and the terms, at most 300
 * characters. A Xinjiang anchor (place, XPCC, ethnic-workforce or Xinjiang-specific term) must
 * stand within 150 characters of the quote, or in the document title or first passage (a county
 * notice titled 墨玉县… anchors the whole document); without one, nationwide vocabulary grades E.
 * Grades follow DOMAIN.md §1.4 via {@link ProgrammeRules} (A, B, E) and {@link PresumptionRules}
 * (C). Besides sentences, two places name a company without a verb: the receiving-company column of
 * a transfer table (接收企业, graded A) and, in a filing, the filing's own disclosures through a
 * generic word (公司实际控制人…兵团, 公司注册地址为新疆…, graded C for the filing's subject). Grade D items are
 * candidates only: each row of the subject's top-five supplier or customer table ({@link
 * SupplyChainRules}) yields a D item for the subject naming the listed company as its counterparty,
 * with no categories; {@link CompanyAggregator} keeps it only if the counterparty is graded A–C
 * somewhere in the corpus. The listed company gets nothing from being listed.
 */
public final class EvidenceLinker {
  private static final Pattern LEGAL_FORM = Pattern.compile("(?:公司|合作社|厂|车间)$");

  private static final int MAX_QUOTE = 300;

  /**
   * A filing's generic self-reference owning a controller or address disclosure: 公司实际控制人, 本公司注册地址.
   */
  private static final Pattern SELF_DISCLOSURE =
      Pattern.compile("(本公司|公司|发行人)(?:的)?(?=实际控制人|注册地址|注册地|住所)");

  private final CompanyNameResolver resolver = new CompanyNameResolver();

  /** A linker with the built-in rules. */
  public EvidenceLinker() {}

  /**
   * Evidence items for every company the document names, strongest grade first, then by offset.
   *
   * @param document the extracted document (source, hash, pages, title)
   * @param text its normalized text
   * @param passages its passages in order
   * @param terms lexicon matches in the document
   * @param quantities quantities in the document
   * @param mentions mentions from the recognizers (resolved here if not already)
   */
  public List<EvidenceItem> link(
      ExtractedDocument document,
      NormalizedText text,
      List<Passage> passages,
      List<TermMatch> terms,
      List<Quantity> quantities,
      List<Mention> mentions) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(passages, "passages");
    DocumentCompanies resolved =
        resolver.resolve(text, Objects.requireNonNull(mentions, "mentions"));
    Set<String> names = new HashSet<>();
    for (CompanyName c : resolved.companies()) names.add(c.name());
    List<Mention> companyMentions =
        resolved.mentions().stream()
            .filter(m -> m.kind() == EntityKind.COMPANY && names.contains(m.resolvedName()))
            .toList();
    DocumentView unanchored =
        new DocumentView(
            text,
            Objects.requireNonNull(terms, "terms"),
            Objects.requireNonNull(quantities, "quantities"),
            false,
            Optional.empty());
    boolean anchored = AnchoredPassages.documentAnchored(document, unanchored, passages);
    DocumentView view =
        new DocumentView(
            text,
            terms,
            quantities,
            anchored,
            FilingSubject.find(
                document.metadata().title(), resolved.companies(), resolved.mentions()));

    Map<String, EvidenceItem> items = new LinkedHashMap<>();
    ProgrammeRules programme = new ProgrammeRules(view);
    PresumptionRules presumption = new PresumptionRules(view);
    for (Passage p : passages) {
      List<int[]> sentences =
          Sentences.split(text.matchText(), p.normalizedStart(), p.normalizedEnd());
      List<Mention> inPassage =
          companyMentions.stream()
              .filter(m -> p.containsNormalized(m.normalizedStart(), m.normalizedEnd()))
              .toList();
      for (Candidate c : TermOwnership.candidates(view, sentences, inPassage)) {
        add(
            items,
            item(document, view, c.company(), c.quoteStart(), c.quoteEnd(), programme.grade(c)));
      }
      subjectReports(document, view, programme, sentences, inPassage, items);
      subjectPresumptions(document, view, presumption, sentences, items);
      for (Mention m : inPassage) presumptions(document, view, presumption, sentences, m, items);
    }
    receiverColumns(document, view, programme, companyMentions, items);
    supplyChain(document, view, companyMentions, items);
    creditCodes(document, view, presumption, resolved.companies(), items);
    List<EvidenceItem> out = new ArrayList<>(items.values());
    out.sort(Comparator.comparing(EvidenceItem::grade).thenComparingInt(EvidenceItem::start));
    return List.copyOf(out);
  }

  /**
   * B rows of the subject's own filing that name no other company (政府补助 tables, workforce
   * statements).
   */
  private static void subjectReports(
      ExtractedDocument document,
      DocumentView view,
      ProgrammeRules rules,
      List<int[]> sentences,
      List<Mention> inPassage,
      Map<String, EvidenceItem> items) {
    if (view.subject().isEmpty()) return;
    String subject = view.subject().get();
    for (int[] s : sentences) {
      boolean other =
          inPassage.stream()
              .anyMatch(
                  m ->
                      m.normalizedStart() >= s[0]
                          && m.normalizedEnd() <= s[1]
                          && !m.resolvedName().equals(subject));
      if (other) continue;
      rules
          .ownFilingRow(s[0], s[1], view.termsIn(s[0], s[1]))
          .ifPresent(v -> add(items, item(document, view, subject, s[0], s[1], v)));
    }
  }

  /**
   * C for the filing's subject where the filing speaks of itself: 公司实际控制人变更为新疆生产建设兵团第八师…,
   * 公司注册地址为新疆石河子市… (the generic word, not another company's name, owns the controller or address).
   */
  private static void subjectPresumptions(
      ExtractedDocument document,
      DocumentView view,
      PresumptionRules rules,
      List<int[]> sentences,
      Map<String, EvidenceItem> items) {
    if (view.subject().isEmpty()) return;
    String match = view.text().matchText();
    for (int[] s : sentences) {
      Matcher own = SELF_DISCLOSURE.matcher(match).region(s[0], s[1]);
      while (own.find()) {
        int at = own.start(1);
        if (at > 0 && NameBoundary.isNameChar(match.charAt(at - 1)) && !match.startsWith("本公司", at))
          continue;
        rules
            .xpccControlled(at, s[1])
            .or(() -> rules.locatedInXinjiang(at, s[1]))
            .ifPresent(v -> add(items, item(document, view, view.subject().get(), s[0], s[1], v)));
      }
    }
  }

  /**
   * A or B for companies in the receiving-company column of an anchored transfer table (see
   * ProgrammeRules).
   */
  private static void receiverColumns(
      ExtractedDocument document,
      DocumentView view,
      ProgrammeRules rules,
      List<Mention> companyMentions,
      Map<String, EvidenceItem> items) {
    String match = view.text().matchText();
    for (Mention m : companyMentions) {
      Optional<int[]> header =
          TableColumns.headerAbove(match, m.normalizedStart(), Vocabulary.RECEIVER_COLUMN);
      if (header.isEmpty()) continue;
      int rowStart = TableColumns.lineStart(match, m.normalizedStart());
      int rowEnd = TableColumns.lineEnd(match, m.normalizedStart());
      rules
          .receiverColumn(header.get(), rowStart, rowEnd, m.resolvedName())
          .ifPresent(v -> add(items, item(document, view, m.resolvedName(), rowStart, rowEnd, v)));
    }
  }

  /** D candidates for the filing's subject: its top-five supplier and customer rows. */
  private static void supplyChain(
      ExtractedDocument document,
      DocumentView view,
      List<Mention> companyMentions,
      Map<String, EvidenceItem> items) {
    if (view.subject().isEmpty()) return;
    for (SupplyChainRules.SupplyRow row :
        new SupplyChainRules(document.text(), view.text())
            .rows(view.subject().get(), companyMentions)) {
      add(
          items,
          item(
              document,
              view,
              view.subject().get(),
              row.rowStart(),
              row.rowEnd(),
              row.verdict(),
              Optional.of(row.counterparty())));
    }
  }

  private static void presumptions(
      ExtractedDocument document,
      DocumentView view,
      PresumptionRules rules,
      List<int[]> sentences,
      Mention m,
      Map<String, EvidenceItem> items) {
    int[] s =
        sentences.stream()
            .filter(x -> m.normalizedStart() >= x[0] && m.normalizedStart() < x[1])
            .findFirst()
            .orElse(new int[] {m.normalizedStart(), m.normalizedEnd()});
    // Only a legal name says where a company is registered; a short name (青岚纺织) says nothing.
    boolean legalName =
        LEGAL_FORM.matcher(view.match(m.normalizedStart(), m.normalizedEnd())).find();
    Optional<Verdict> verdict =
        legalName ? rules.xinjiangName(m.normalizedStart(), m.normalizedEnd()) : Optional.empty();
    verdict =
        verdict
            .or(() -> rules.locatedInXinjiang(s[0], s[1]))
            .or(() -> rules.xpccControlled(s[0], s[1]));
    verdict.ifPresent(v -> add(items, item(document, view, m.resolvedName(), s[0], s[1], v)));
  }

  private static void creditCodes(
      ExtractedDocument document,
      DocumentView view,
      PresumptionRules rules,
      List<CompanyName> companies,
      Map<String, EvidenceItem> items) {
    String match = view.text().matchText();
    for (CompanyName c : companies) {
      if (c.creditCode().isEmpty()) continue;
      int at = match.indexOf(c.creditCode().get());
      if (at < 0) continue;
      int[] s =
          Sentences.split(match, 0, match.length()).stream()
              .filter(x -> at >= x[0] && at < x[1])
              .findFirst()
              .orElse(new int[] {at, at + 18});
      rules
          .xinjiangCreditCode(c.creditCode().get())
          .ifPresent(v -> add(items, item(document, view, c.name(), s[0], s[1], v)));
    }
  }

  private static EvidenceItem item(
      ExtractedDocument document,
      DocumentView view,
      String company,
      int from,
      int to,
      Verdict verdict) {
    return item(document, view, company, from, to, verdict, Optional.empty());
  }

  /**
   * An item quoting {@code [from, to)}; a supply-chain item (with a counterparty) has no
   * categories: the terms in its row (新疆 in a supplier's name) describe the counterparty, not the
   * company.
   */
  private static EvidenceItem item(
      ExtractedDocument document,
      DocumentView view,
      String company,
      int from,
      int to,
      Verdict verdict,
      Optional<String> counterparty) {
    if (to - from > MAX_QUOTE) {
      // A run-on sentence or table without breaks: keep the quote short, starting a little before
      // its first term.
      List<TermMatch> inside = view.termsIn(from, to);
      int focus = inside.isEmpty() ? from : inside.get(0).normalizedStart();
      from = Math.max(from, Math.min(focus - MAX_QUOTE / 3, to - MAX_QUOTE));
      to = from + MAX_QUOTE;
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    if (counterparty.isEmpty())
      for (TermMatch t : view.termsIn(from, to)) categories.add(t.category());
    int start = view.text().sourceStart(from);
    return new EvidenceItem(
        company,
        document.source(),
        document.sha256(),
        document.pageAt(start),
        start,
        view.text().sourceEnd(to),
        view.text().text().substring(from, to),
        categories,
        verdict.grade(),
        verdict.rationale(),
        counterparty);
  }

  /**
   * Keeps one item per company and quote span, the strongest; and one C item per company and reason
   * (a Xinjiang legal name repeated fifty times is one presumption, not fifty).
   */
  private static void add(Map<String, EvidenceItem> items, EvidenceItem item) {
    if (item.grade() == Grade.C) {
      String reason = item.company() + "#C#" + item.rationale();
      if (items.containsKey(reason)) return;
      items.put(reason, item);
      return;
    }
    String key = item.company() + "@" + item.start() + "-" + item.end();
    items.merge(key, item, (a, b) -> b.grade().strongerThan(a.grade()) ? b : a);
  }
}
