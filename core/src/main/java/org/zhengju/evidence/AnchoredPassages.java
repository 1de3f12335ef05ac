package org.zhengju.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.evidence.internal.DocumentView;
import org.zhengju.evidence.internal.Sentences;
import org.zhengju.evidence.internal.Vocabulary;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;

/**
 * Finds the passages whose programme vocabulary can support evidence above grade E: programme terms
 * with a Xinjiang, ethnic or XPCC anchor near them or in the document's head (DOMAIN.md §1.7). A
 * company found anywhere else can only be graded E, so expensive recognizers need not look there.
 */
public final class AnchoredPassages {
  private AnchoredPassages() {}

  /** The passages of {@code passages} with anchored programme vocabulary, in order. */
  public static List<Passage> select(
      ExtractedDocument document,
      NormalizedText text,
      List<Passage> passages,
      List<TermMatch> terms) {
    return select(
        document, new DocumentView(text, terms, List.of(), false, Optional.empty()), passages);
  }

  private static List<Passage> select(
      ExtractedDocument document, DocumentView view, List<Passage> passages) {
    boolean documentAnchored = documentAnchored(document, view, passages);
    List<Passage> selected = new ArrayList<>();
    for (Passage p : passages) {
      boolean programme =
          view.termsIn(p.normalizedStart(), p.normalizedEnd()).stream()
              .anyMatch(t -> Vocabulary.isProgramme(t.entry()));
      if (programme
          && (documentAnchored || view.anchoredNear(p.normalizedStart(), p.normalizedEnd())))
        selected.add(p);
    }
    return selected;
  }

  /**
   * The sentences of the anchored passages where a company a cheap recognizer missed could be
   * linked above E: each holds programme vocabulary and a link cue (a receiving, recruiting or
   * transport verb, a movement to a workplace, running a workshop) and no company already found.
   * Returned as passages of one sentence each, with the page and ordinal of the passage they belong
   * to.
   *
   * @param companies the normalized ranges {@code int[]{start, end}} of the companies found so far
   */
  public static List<Passage> linkableSentences(
      ExtractedDocument document,
      NormalizedText text,
      List<Passage> passages,
      List<TermMatch> terms,
      List<int[]> companies) {
    DocumentView view = new DocumentView(text, terms, List.of(), false, Optional.empty());
    List<Passage> out = new ArrayList<>();
    for (Passage p : select(document, view, passages)) {
      for (int[] s : Sentences.split(text.matchText(), p.normalizedStart(), p.normalizedEnd())) {
        boolean programme =
            view.termsIn(s[0], s[1]).stream().anyMatch(t -> Vocabulary.isProgramme(t.entry()));
        if (!programme || !LINK_CUE.matcher(text.matchText().substring(s[0], s[1])).find())
          continue;
        if (companies.stream().anyMatch(c -> c[0] < s[1] && c[1] > s[0])) continue;
        int start = text.sourceStart(s[0]);
        out.add(
            new Passage(
                p.ordinal(),
                start,
                Math.max(start, text.sourceEnd(s[1])),
                s[0],
                s[1],
                p.page(),
                text.text().substring(s[0], s[1])));
      }
    }
    return out;
  }

  /** Words that can tie a company to programme workers in one sentence (see {@link Vocabulary}). */
  private static final Pattern LINK_CUE =
      Pattern.compile(
          Vocabulary.RECEIVE_VERB.pattern()
              + "|"
              + Vocabulary.RUN_VERB.pattern()
              + "|赴|前往|进入|来到|抵达|送往|输送|务工|上岗|到岗|卫星工厂|扶贫车间|就业扶贫车间");

  /** Whether the title or first passage holds an anchor term (or names 新疆/兵团/南疆 outright). */
  static boolean documentAnchored(
      ExtractedDocument document, DocumentView view, List<Passage> passages) {
    if (!passages.isEmpty()
        && view.anchoredIn(passages.get(0).normalizedStart(), passages.get(0).normalizedEnd()))
      return true;
    Optional<String> title = document.metadata().title();
    if (title.isEmpty()) return false;
    if (title.get().matches(".*(新疆|兵团|南疆|北疆|Xinjiang).*")) return true;
    return view.terms().stream()
        .filter(t -> Vocabulary.isAnchor(t.entry()))
        .anyMatch(
            t ->
                title.get().contains(t.entry().term())
                    || t.entry().traditional().map(title.get()::contains).orElse(false));
  }
}
