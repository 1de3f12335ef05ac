package org.zhengju.evidence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.quantity.Quantity;

/**
 * One document as the linking rules see it: normalized text, terms and quantities in order, whether
 * the whole document is anchored in Xinjiang, and whose own filing it is.
 *
 * @param text the normalized text
 * @param terms lexicon matches sorted by normalized start
 * @param quantities quantities sorted by normalized start
 * @param documentAnchored whether the title or first passage ties the document to Xinjiang
 * @param subject the company whose own filing this is, if any
 */
public record DocumentView(
    NormalizedText text,
    List<TermMatch> terms,
    List<Quantity> quantities,
    boolean documentAnchored,
    Optional<String> subject) {

  /** Distance (characters) around a quote within which an anchor term counts. */
  public static final int ANCHOR_WINDOW = 150;

  public DocumentView {
    List<TermMatch> t = new ArrayList<>(terms);
    t.sort(Comparator.comparingInt(TermMatch::normalizedStart));
    terms = List.copyOf(t);
    List<Quantity> q = new ArrayList<>(quantities);
    q.sort(Comparator.comparingInt(Quantity::normalizedStart));
    quantities = List.copyOf(q);
  }

  /** Terms lying inside the normalized range {@code [from, to)}. */
  public List<TermMatch> termsIn(int from, int to) {
    List<TermMatch> out = new ArrayList<>();
    for (int i = firstAtOrAfter(terms, TermMatch::normalizedStart, from); i < terms.size(); i++) {
      TermMatch t = terms.get(i);
      if (t.normalizedStart() >= to) break;
      if (t.normalizedEnd() <= to) out.add(t);
    }
    return out;
  }

  /** Quantities lying inside the normalized range {@code [from, to)}. */
  public List<Quantity> quantitiesIn(int from, int to) {
    List<Quantity> out = new ArrayList<>();
    for (int i = firstAtOrAfter(quantities, Quantity::normalizedStart, from);
        i < quantities.size();
        i++) {
      Quantity q = quantities.get(i);
      if (q.normalizedStart() >= to) break;
      if (q.normalizedEnd() <= to) out.add(q);
    }
    return out;
  }

  /**
   * Binary search: the first index whose start is at or after {@code from} (lists are sorted by
   * start).
   */
  private static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> start, int from) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether an anchor term lies inside {@code [from, to)}. */
  public boolean anchoredIn(int from, int to) {
    return termsIn(from, to).stream().anyMatch(t -> Vocabulary.isAnchor(t.entry()));
  }

  /** Whether an anchor term lies within {@link #ANCHOR_WINDOW} characters of {@code [from, to)}. */
  public boolean anchoredNear(int from, int to) {
    return anchoredIn(
        Math.max(0, from - ANCHOR_WINDOW), Math.min(text.text().length(), to + ANCHOR_WINDOW));
  }

  /** The simplified match text of {@code [from, to)}. */
  public String match(int from, int to) {
    return text.matchText().substring(from, to);
  }
}
