package org.zhengju.evidence.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import org.zhengju.entity.CreditCode;
import org.zhengju.evidence.Grade;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.TermMatch;

/**
 * Grade C rules (DOMAIN.md §1.4): the company is located in Xinjiang (its registered name starts
 * with 新疆 or holds a Xinjiang place, its address is in Xinjiang, its credit code was issued in
 * Xinjiang) or the XPCC controls it. Presumption only: these say nothing about labour programmes.
 */
public final class PresumptionRules {
  private final DocumentView view;

  /** Rules over one document. */
  public PresumptionRules(DocumentView view) {
    this.view = view;
  }

  /**
   * C: a legal name that starts with 新疆 or 兵团, or holds a Xinjiang place or XPCC term (合盛硅业（鄯善）…).
   */
  public Optional<Verdict> xinjiangName(int nameStart, int nameEnd) {
    String name = view.match(nameStart, nameEnd);
    if (name.startsWith("新疆") || name.contains("兵团"))
      return Optional.of(
          new Verdict(Grade.C, "registered name places the company in Xinjiang or the XPCC"));
    for (TermMatch t : view.termsIn(nameStart, nameEnd)) {
      if (t.category() == Category.XINJIANG_PLACE || t.category() == Category.XPCC)
        return Optional.of(
            new Verdict(
                Grade.C, "registered name contains the Xinjiang place " + t.entry().term()));
    }
    return Optional.empty();
  }

  /**
   * C: the company's sentence gives an address or location (注册地址, 位于 …) followed, in the same
   * clause and within 20 characters, by a Xinjiang place.
   */
  public Optional<Verdict> locatedInXinjiang(int sentenceStart, int sentenceEnd) {
    Matcher m = Vocabulary.LOCATION.matcher(view.match(sentenceStart, sentenceEnd));
    if (!m.find()) return Optional.empty();
    int after = sentenceStart + m.end();
    // The address is the clause after the location word: 注册地址为江苏省…，在新疆设有办事处 is not in Xinjiang.
    int clauseEnd = after;
    while (clauseEnd < sentenceEnd
        && "，,；;。".indexOf(view.text().matchText().charAt(clauseEnd)) < 0) clauseEnd++;
    for (TermMatch t : view.termsIn(after, clauseEnd)) {
      if (t.category() == Category.XINJIANG_PLACE && t.normalizedStart() - after <= 20)
        return Optional.of(
            new Verdict(
                Grade.C, "located in Xinjiang (" + m.group() + " " + t.entry().term() + ")"));
    }
    return Optional.empty();
  }

  /** C: a unified social credit code issued by a Xinjiang registrar (characters 3–4 = 65). */
  public Optional<Verdict> xinjiangCreditCode(String code) {
    return CreditCode.isValid(code) && CreditCode.isXinjiang(code)
        ? Optional.of(new Verdict(Grade.C, "credit code " + code + " was issued in Xinjiang"))
        : Optional.empty();
  }

  /**
   * C: an actual-controller disclosure naming the XPCC, a division or the XUAR SASAC in the
   * sentence.
   */
  public Optional<Verdict> xpccControlled(int sentenceStart, int sentenceEnd) {
    Matcher m = Vocabulary.XPCC_CONTROLLER.matcher(view.match(sentenceStart, sentenceEnd));
    return m.find()
        ? Optional.of(new Verdict(Grade.C, "actual controller is " + m.group(1)))
        : Optional.empty();
  }
}
