package org.zhengju.evidence.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengju.evidence.Grade;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.Specificity;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.quantity.Quantity;
import org.zhengju.quantity.QuantityKind;

/**
 * Grades a company's programme vocabulary (DOMAIN.md §1.4, §1.7): a denial or a missing Xinjiang
 * anchor gives E; running a satellite factory gives A; the company's own filing reporting
 * Xinjiang-labour subsidies, worker counts or its own receipt of programme workers gives B; another
 * document naming the company with a receiving/recruiting verb and transfer, surplus-labour,
 * training-centre or pairing terms gives A; anything else is vocabulary only (E). Rules are tried
 * in that order, the first that fires wins. {@link #receiverColumn} grades a company listed in a
 * transfer table's 接收企业 column, outside the sentence rules.
 */
public final class ProgrammeRules {
  /** Characters between a persons count and the worker term it counts (…南疆籍员工326名 / 吸纳300名新疆籍…). */
  private static final int COUNT_DISTANCE = 12;

  /** An English head count: 1,136 were ethnic minority employees / 640 transferred workers. */
  private static final Pattern ENGLISH_COUNT =
      Pattern.compile(
          "\\b\\d{1,3}(?:,\\d{3})*\\s+(?:(?:were|are|of|whom|them)\\s+)*(?:[A-Za-z\\-]+\\s+){0,3}"
              + "(?:employees|workers|labourers|laborers|staff|people|persons)\\b");

  /** Characters before a name searched for a direction verb, enough for 前往位于广东省东莞市的. */
  private static final int DIRECTION_REACH = 30;

  private final DocumentView view;

  /** Rules over one document. */
  public ProgrammeRules(DocumentView view) {
    this.view = view;
  }

  /** The verdict for a candidate: the first rule that fires. */
  public Verdict grade(Candidate c) {
    return denial(c)
        .or(() -> unanchored(c))
        .or(() -> satelliteFactory(c))
        .or(() -> ownFilingReport(c))
        .or(() -> namedReceiver(c))
        .orElseGet(() -> vocabularyOnly(c));
  }

  /** E: a negation (从未, 否认, 不涉及, never …) in a sentence holding the evidence voids the link. */
  Optional<Verdict> denial(Candidate c) {
    Matcher m = Vocabulary.DENIAL.matcher(view.match(c.quoteStart(), c.quoteEnd()));
    return m.find()
        ? Optional.of(
            new Verdict(Grade.E, "denial: \"" + m.group() + "\" in the evidence sentence"))
        : Optional.empty();
  }

  /**
   * E: nationwide vocabulary with no Xinjiang, ethnic or XPCC anchor near the quote nor in the
   * document's head.
   */
  Optional<Verdict> unanchored(Candidate c) {
    if (view.anchoredNear(c.quoteStart(), c.quoteEnd()) || view.documentAnchored())
      return Optional.empty();
    Matcher other = Vocabulary.OTHER_PROVINCE.matcher(view.match(c.quoteStart(), c.quoteEnd()));
    String why =
        other.find()
            ? "other-province text (" + other.group() + ") without a Xinjiang anchor"
            : "nationwide vocabulary without a Xinjiang, ethnic or XPCC anchor";
    return Optional.of(new Verdict(Grade.E, why));
  }

  /**
   * A: the company is named as receiving, recruiting, transporting, housing or managing programme
   * workers.
   */
  Optional<Verdict> namedReceiver(Candidate c) {
    if (!c.sameSentence()) return Optional.empty();
    boolean programme =
        c.terms().stream()
            .anyMatch(
                t ->
                    Vocabulary.PROGRAMME_WORKERS.contains(t.category())
                        || (t.category() == Category.ETHNIC_MINORITY_WORKERS
                            && t.entry().specificity() == Specificity.HIGH));
    if (!programme) return Optional.empty();
    // For 赴甲公司、乙公司务工 the verb stands before the list, so look before its first name.
    String before =
        view.match(Math.max(c.sentenceStart(), c.listStart() - DIRECTION_REACH), c.listStart());
    boolean locative = Vocabulary.LOCATIVE_BEFORE_NAME.matcher(before).find();
    boolean worksThere =
        !locative
            || Vocabulary.WORK_AFTER_NAME
                .matcher(view.match(c.subjectEnd(), c.sentenceEnd()))
                .find();
    if (Vocabulary.DIRECTION_BEFORE_NAME.matcher(before).find() && worksThere)
      return Optional.of(
          new Verdict(
              Grade.A, "named as the destination of programme workers (赴/到/将在 … 务工, 接收企业：)"));
    int[] clause = clauseAround(c);
    // The name itself may hold a verb (…企业管理有限公司), so it is masked out.
    String clauseText =
        view.match(clause[0], c.subjectStart()) + "□" + view.match(c.subjectEnd(), clause[1]);
    Matcher verb = Vocabulary.RECEIVE_VERB.matcher(clauseText);
    return verb.find()
        ? Optional.of(
            new Verdict(Grade.A, "named with \"" + verb.group() + "\" of programme workers"))
        : Optional.empty();
  }

  /**
   * A: the company runs (or is) a satellite factory or poverty-alleviation workshop in Xinjiang.
   */
  Optional<Verdict> satelliteFactory(Candidate c) {
    if (!c.sameSentence() || c.terms().stream().noneMatch(t -> Vocabulary.isWorkshop(t.entry())))
      return Optional.empty();
    String name = view.match(c.subjectStart(), c.subjectEnd());
    boolean isWorkshop = name.endsWith("卫星工厂") || name.endsWith("扶贫车间");
    Matcher run = Vocabulary.RUN_VERB.matcher(view.match(c.sentenceStart(), c.sentenceEnd()));
    if (!isWorkshop && !run.find()) return Optional.empty();
    return Optional.of(
        new Verdict(Grade.A, "runs a satellite factory or poverty-alleviation workshop"));
  }

  /**
   * B: in the company's own filing, an anchored Xinjiang-labour subsidy, a count of such workers,
   * or its own statement of receiving programme workers (DOMAIN.md §1.4 lists 吸纳南疆富余劳动力XXX人 as
   * self-reported, B).
   */
  Optional<Verdict> ownFilingReport(Candidate c) {
    if (view.subject().isEmpty() || !view.subject().get().equals(c.company()))
      return Optional.empty();
    return selfReport(c.sentenceStart(), c.sentenceEnd(), c.terms())
        .or(
            () ->
                namedReceiver(c)
                    .map(
                        a ->
                            new Verdict(
                                Grade.B,
                                "own filing states it receives programme workers: "
                                    + a.rationale())));
  }

  /**
   * B in one sentence or table row of the subject company's filing: an anchored subsidy line, or a
   * persons count next to an ethnic-workforce or transfer term, with the anchor in the same
   * sentence.
   */
  public Optional<Verdict> selfReport(int from, int to, List<TermMatch> terms) {
    if (!view.anchoredIn(from, to) || Vocabulary.DENIAL.matcher(view.match(from, to)).find())
      return Optional.empty();
    for (TermMatch t : terms) {
      if (t.category() == Category.SUBSIDY)
        return Optional.of(
            new Verdict(
                Grade.B,
                "own filing reports a Xinjiang-labour subsidy (" + t.entry().term() + ")"));
    }
    Optional<Verdict> english = englishWorkerCount(from, to, terms);
    if (english.isPresent()) return english;
    for (Quantity q : view.quantitiesIn(from, to)) {
      if (q.kind() != QuantityKind.PERSONS) continue;
      for (TermMatch t : terms) {
        boolean workers =
            t.category() == Category.ETHNIC_MINORITY_WORKERS
                || t.category() == Category.LABOUR_TRANSFER
                || t.category() == Category.SURPLUS_LABOUR;
        int gap =
            Math.max(
                q.normalizedStart() - t.normalizedEnd(), t.normalizedStart() - q.normalizedEnd());
        if (workers && gap <= COUNT_DISTANCE)
          return Optional.of(
              new Verdict(
                  Grade.B,
                  "own filing counts programme or minority workers (" + t.entry().term() + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * B: an English count of workers (1,136 were ethnic minority employees) that holds or stands next
   * to an ethnic-workforce, transfer or surplus-labour term; the quantity tagger reads Chinese
   * units only.
   */
  private Optional<Verdict> englishWorkerCount(int from, int to, List<TermMatch> terms) {
    Matcher m = ENGLISH_COUNT.matcher(view.match(from, to));
    while (m.find()) {
      int start = from + m.start();
      int end = from + m.end();
      for (TermMatch t : terms) {
        boolean workers =
            t.category() == Category.ETHNIC_MINORITY_WORKERS
                || t.category() == Category.LABOUR_TRANSFER
                || t.category() == Category.SURPLUS_LABOUR;
        int gap = Math.max(start - t.normalizedEnd(), t.normalizedStart() - end);
        if (workers && gap <= COUNT_DISTANCE)
          return Optional.of(
              new Verdict(
                  Grade.B,
                  "own filing counts programme or minority workers (" + t.entry().term() + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * A row of the subject's own filing: B when {@link #selfReport} fires, else E when the row still
   * lists subsidy or workforce vocabulary (稳岗补贴 in a Zhejiang firm's grant table), else nothing.
   */
  public Optional<Verdict> ownFilingRow(int from, int to, List<TermMatch> terms) {
    Optional<Verdict> b = selfReport(from, to, terms);
    if (b.isPresent()) return b;
    boolean vocabulary =
        terms.stream()
            .anyMatch(
                t ->
                    t.category() == Category.SUBSIDY
                        || t.category() == Category.ETHNIC_MINORITY_WORKERS
                        || t.category() == Category.LABOUR_TRANSFER
                        || t.category() == Category.SURPLUS_LABOUR);
    if (!vocabulary) return Optional.empty();
    Matcher denial = Vocabulary.DENIAL.matcher(view.match(from, to));
    return Optional.of(
        new Verdict(
            Grade.E,
            denial.find()
                ? "denial: \"" + denial.group() + "\" in the company's own filing"
                : "own filing lists nationwide subsidy or workforce vocabulary without a Xinjiang anchor"));
  }

  /**
   * A or B: the company stands in the receiving-company column (接收企业, 用工单位 …) of a table whose
   * header or caption (the two lines above the header) holds transfer, surplus-labour,
   * training-centre or pairing terms, anchored in Xinjiang: a county quota sheet listing where its
   * workers go. B instead of A in the company's own filing; nothing under a denial.
   *
   * @param header {@code {lineStart, lineEnd, cellStart, cellEnd}} of the header line and its
   *     receiver cell
   * @param rowStart start of the company's row
   * @param rowEnd end of the company's row
   * @param company the company's resolved name
   */
  public Optional<Verdict> receiverColumn(int[] header, int rowStart, int rowEnd, String company) {
    if (Vocabulary.DENIAL.matcher(view.match(rowStart, rowEnd)).find()) return Optional.empty();
    if (!view.documentAnchored() && !view.anchoredNear(header[0], rowEnd)) return Optional.empty();
    String s = view.text().matchText();
    int captionStart = header[0];
    for (int up = 0; up < 2 && captionStart > 0; up++)
      captionStart = TableColumns.lineStart(s, captionStart - 1);
    int cellStart = header[2];
    int cellEnd = header[3];
    boolean programme =
        view.termsIn(captionStart, header[1]).stream()
            .filter(t -> t.normalizedEnd() <= cellStart || t.normalizedStart() >= cellEnd)
            .anyMatch(t -> Vocabulary.PROGRAMME_WORKERS.contains(t.category()));
    if (!programme) return Optional.empty();
    String column = s.substring(cellStart, cellEnd).strip();
    if (view.subject().isPresent() && view.subject().get().equals(company))
      return Optional.of(
          new Verdict(
              Grade.B, "own filing lists it in the " + column + " column of a transfer table"));
    return Optional.of(
        new Verdict(
            Grade.A, "named in the " + column + " column of a Xinjiang labour-transfer table"));
  }

  /** E: programme vocabulary near the name without a stated link. */
  Verdict vocabularyOnly(Candidate c) {
    return new Verdict(
        Grade.E,
        c.sameSentence()
            ? "programme vocabulary in the company's sentence without a receiving, recruiting or running link"
            : "programme vocabulary in an adjacent sentence, not linked to the company");
  }

  /**
   * The clause holding the company's name and the clause after it (comma-separated parts of its
   * sentence).
   */
  private int[] clauseAround(Candidate c) {
    String s = view.text().matchText();
    int from = c.subjectStart();
    while (from > c.sentenceStart() && "，,：:".indexOf(s.charAt(from - 1)) < 0) from--;
    int to = c.subjectEnd();
    int commas = 0;
    while (to < c.sentenceEnd()) {
      if ("，,：:".indexOf(s.charAt(to)) >= 0 && ++commas == 2) break;
      to++;
    }
    return new int[] {from, to};
  }
}
