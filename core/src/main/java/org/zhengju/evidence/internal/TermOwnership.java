package org.zhengju.evidence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengju.entity.Mention;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.TermMatch;

/**
 * Attributes the programme terms of one passage to the companies it names. A term belongs to the
 * nearest company named in its own sentence (and to companies listed together with it: 甲公司、乙公司); a
 * sentence naming no company but opening with 该公司/公司 belongs to the company named last before it;
 * otherwise the term goes to the nearest company in the sentence before or after, as weaker,
 * adjacent evidence. So a company never gets a term from another company's sentence.
 */
public final class TermOwnership {
  private static final int MAX_QUOTE = 300;

  private TermOwnership() {}

  /**
   * Candidates for one passage, given its sentences and the company mentions inside it (document
   * order).
   */
  public static List<Candidate> candidates(
      DocumentView view, List<int[]> sentences, List<Mention> companies) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    String text = view.text().matchText();
    for (int i = 0; i < sentences.size(); i++) {
      int[] s = sentences.get(i);
      List<TermMatch> all = view.termsIn(s[0], s[1]);
      // 维吾尔 inside 新疆维吾尔自治区 is part of a place name, not workforce vocabulary.
      List<TermMatch> terms =
          all.stream()
              .filter(t -> Vocabulary.isProgramme(t.entry()) && !insidePlace(t, all))
              .toList();
      if (terms.isEmpty()) continue;
      List<Mention> inSentence = within(companies, s);
      for (TermMatch t : terms) {
        if (!inSentence.isEmpty()) {
          Mention owner = nearest(inSentence, t);
          List<Mention> list = listedWith(text, inSentence, owner);
          int listStart = list.stream().mapToInt(Mention::normalizedStart).min().orElseThrow();
          for (Mention m : list)
            draft(drafts, m, m.normalizedStart(), m.normalizedEnd(), s, s, true)
                .listAt(listStart)
                .terms
                .add(t);
          continue;
        }
        Optional<Mention> before = lastBefore(companies, s[0]);
        if (before.isPresent() && Vocabulary.ANAPHOR.matcher(text.substring(s[0], s[1])).find()) {
          int anaphorEnd = s[0] + anaphorLength(text, s[0]);
          int[] ms = sentenceOf(sentences, before.get());
          draft(drafts, before.get(), s[0], anaphorEnd, s, ms, true).terms.add(t);
          continue;
        }
        adjacentOwner(sentences, i, companies, t)
            .ifPresent(
                m ->
                    draft(
                            drafts,
                            m,
                            m.normalizedStart(),
                            m.normalizedEnd(),
                            sentenceOf(sentences, m),
                            s,
                            false)
                        .terms
                        .add(t));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Draft d : drafts.values()) out.add(d.build());
    return out;
  }

  private static boolean insidePlace(TermMatch t, List<TermMatch> terms) {
    for (TermMatch p : terms) {
      if (p.category() == Category.XINJIANG_PLACE
          && p.normalizedStart() <= t.normalizedStart()
          && t.normalizedEnd() <= p.normalizedEnd()
          && p.normalizedEnd() - p.normalizedStart() > t.normalizedEnd() - t.normalizedStart())
        return true;
    }
    return false;
  }

  private static Draft draft(
      Map<String, Draft> drafts,
      Mention m,
      int subjectStart,
      int subjectEnd,
      int[] subjectSentence,
      int[] termSentence,
      boolean same) {
    String key = m.resolvedName() + "@" + subjectStart + "/" + termSentence[0];
    return drafts.computeIfAbsent(
        key,
        k ->
            new Draft(
                m.resolvedName(), subjectStart, subjectEnd, subjectSentence, termSentence, same));
  }

  private static Optional<Mention> adjacentOwner(
      List<int[]> sentences, int i, List<Mention> companies, TermMatch t) {
    Mention best = null;
    int bestDistance = DocumentView.ANCHOR_WINDOW + 1;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= sentences.size()) continue;
      for (Mention m : within(companies, sentences.get(j))) {
        int d = distance(m, t);
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Mention> within(List<Mention> mentions, int[] s) {
    return mentions.stream()
        .filter(m -> m.normalizedStart() >= s[0] && m.normalizedEnd() <= s[1])
        .toList();
  }

  private static Mention nearest(List<Mention> mentions, TermMatch t) {
    Mention best = mentions.get(0);
    for (Mention m : mentions) if (distance(m, t) < distance(best, t)) best = m;
    return best;
  }

  /**
   * The owner and the companies joined to it only by 、/和/与/及 (a coordinated list shares its
   * predicate).
   */
  private static List<Mention> listedWith(String text, List<Mention> inSentence, Mention owner) {
    List<Mention> out = new ArrayList<>(List.of(owner));
    int index = inSentence.indexOf(owner);
    for (int j = index - 1; j >= 0 && joined(text, inSentence.get(j), inSentence.get(j + 1)); j--)
      out.add(inSentence.get(j));
    for (int j = index + 1;
        j < inSentence.size() && joined(text, inSentence.get(j - 1), inSentence.get(j));
        j++) out.add(inSentence.get(j));
    return out;
  }

  private static boolean joined(String text, Mention left, Mention right) {
    if (right.normalizedStart() < left.normalizedEnd()) return false;
    return text.substring(left.normalizedEnd(), right.normalizedStart())
        .matches("\\s*(?:、|和|与|及|以及|,|，)\\s*");
  }

  private static Optional<Mention> lastBefore(List<Mention> mentions, int offset) {
    Mention last = null;
    for (Mention m : mentions) if (m.normalizedEnd() <= offset) last = m;
    return Optional.ofNullable(last);
  }

  private static int[] sentenceOf(List<int[]> sentences, Mention m) {
    for (int[] s : sentences)
      if (m.normalizedStart() >= s[0] && m.normalizedStart() < s[1]) return s;
    return new int[] {m.normalizedStart(), m.normalizedEnd()};
  }

  private static int anaphorLength(String text, int start) {
    var m = Vocabulary.ANAPHOR.matcher(text).region(start, text.length());
    return m.lookingAt() ? m.end() - start : 0;
  }

  private static int distance(Mention m, TermMatch t) {
    if (t.normalizedStart() >= m.normalizedEnd()) return t.normalizedStart() - m.normalizedEnd();
    if (m.normalizedStart() >= t.normalizedEnd()) return m.normalizedStart() - t.normalizedEnd();
    return 0;
  }

  /** Terms gathered for one company at one place before the quote is bounded. */
  private static final class Draft {
    final String company;
    final int subjectStart;
    final int subjectEnd;
    final int[] subjectSentence;
    final int[] termSentence;
    final boolean same;
    final List<TermMatch> terms = new ArrayList<>();
    int listStart;

    Draft(
        String company,
        int subjectStart,
        int subjectEnd,
        int[] subjectSentence,
        int[] termSentence,
        boolean same) {
      this.company = company;
      this.subjectStart = subjectStart;
      this.subjectEnd = subjectEnd;
      this.subjectSentence = subjectSentence;
      this.termSentence = termSentence;
      this.same = same;
      this.listStart = subjectStart;
    }

    Draft listAt(int start) {
      listStart = Math.min(listStart, start);
      return this;
    }

    /**
     * Bounds the quote to both sentences, cut to {@value #MAX_QUOTE} characters around the name and
     * terms.
     */
    Candidate build() {
      int quoteStart = Math.min(subjectSentence[0], termSentence[0]);
      int quoteEnd = Math.max(subjectSentence[1], termSentence[1]);
      if (quoteEnd - quoteStart > MAX_QUOTE) {
        int lo = subjectStart;
        int hi = subjectEnd;
        for (TermMatch t : terms) {
          lo = Math.min(lo, t.normalizedStart());
          hi = Math.max(hi, t.normalizedEnd());
        }
        quoteStart = Math.max(quoteStart, Math.min(lo, hi - MAX_QUOTE));
        quoteEnd = Math.min(quoteEnd, quoteStart + MAX_QUOTE);
      }
      return new Candidate(
          company,
          subjectStart,
          subjectEnd,
          listStart,
          subjectSentence[0],
          subjectSentence[1],
          terms,
          same,
          quoteStart,
          quoteEnd);
    }
  }
}
