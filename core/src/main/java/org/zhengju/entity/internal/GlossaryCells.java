package org.zhengju.entity.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.zhengju.normalize.NormalizedText;

/**
 * Reads 释义 (glossary) rows whose cells normalization ran together. A PDF table row {@code
 * 公司、本公司、青岚纺织 指 青岚纺织科技有限公司} loses its spaces between Chinese characters and its line break to the
 * next row, becoming {@code 青岚纺织指青岚纺织科技有限公司青岚阿克苏指…}; the offset map still shows where whitespace
 * was dropped, and a lone 指 with a cell boundary on both sides is the glossary's "means" column.
 *
 * <p>{@link #masked()} is the match text with each such 指 replaced by a tab (same length, same
 * offsets), so that a name scanned leftwards from its suffix stops at the column; {@link #rows}
 * turns each 指 cell into alias definitions (left cell, split at 、，/, for the legal name that opens
 * the right cell).
 */
public final class GlossaryCells {
  private static final int MAX_LEFT = 60;

  private final String match;
  private final BitSet boundary;
  private final List<Integer> means = new ArrayList<>();
  private final String masked;

  private GlossaryCells(String match, BitSet boundary) {
    this.match = match;
    this.boundary = boundary;
    StringBuilder b = new StringBuilder(match);
    for (int i = 0; i < match.length(); i++) {
      if (match.charAt(i) == '指' && boundary.get(i) && boundary.get(i + 1)) {
        means.add(i);
        b.setCharAt(i, '\t');
      }
    }
    this.masked = b.toString();
  }

  /**
   * The glossary cells of {@code text}: cell boundaries are whitespace and places where
   * normalization dropped some.
   */
  public static GlossaryCells of(NormalizedText text) {
    String match = text.matchText();
    int n = match.length();
    BitSet boundary = new BitSet(n + 1);
    boundary.set(0);
    boundary.set(n);
    for (int k = 1; k < n; k++) {
      boolean dropped = text.sourceStart(k) > text.sourceEnd(k);
      if (dropped
          || Character.isWhitespace(match.charAt(k - 1))
          || Character.isWhitespace(match.charAt(k))) boundary.set(k);
    }
    return new GlossaryCells(match, boundary);
  }

  /** The match text with every glossary 指 cell replaced by a tab. */
  public String masked() {
    return masked;
  }

  /**
   * Alias definitions of the glossary rows: each 指 cell whose right cell opens with one of {@code
   * legalNames} defines the tokens of its left cell (公司、本公司、青岚纺织) as names of that legal name.
   */
  public List<AliasDefinition> rows(List<Span> legalNames) {
    List<AliasDefinition> out = new ArrayList<>();
    for (int at : means) {
      int right = at + 1;
      while (right < match.length() && Character.isWhitespace(match.charAt(right))) right++;
      int rightStart = right;
      Optional<Span> legal = legalNames.stream().filter(s -> s.start() == rightStart).findFirst();
      if (legal.isEmpty()) continue;
      int leftEnd = at;
      while (leftEnd > 0 && Character.isWhitespace(match.charAt(leftEnd - 1))) leftEnd--;
      int leftStart = leftEnd - 1;
      while (leftStart > 0 && !boundary.get(leftStart) && leftEnd - leftStart < MAX_LEFT)
        leftStart--;
      if (leftStart < 0 || leftEnd - leftStart >= MAX_LEFT) continue;
      addTokens(leftStart, leftEnd, legal.get(), out);
    }
    return out;
  }

  private void addTokens(int from, int to, Span legal, List<AliasDefinition> out) {
    int tokenStart = from;
    for (int i = from; i <= to; i++) {
      if (i < to && "、，,/".indexOf(match.charAt(i)) < 0) continue;
      int s = tokenStart;
      int e = i;
      while (s < e && Character.isWhitespace(match.charAt(s))) s++;
      while (e > s && Character.isWhitespace(match.charAt(e - 1))) e--;
      boolean nameLike =
          e - s >= 2
              && match
                  .substring(s, e)
                  .chars()
                  .allMatch(
                      c ->
                          NameBoundary.isNameChar((char) c)
                              || c == '（'
                              || c == '）'
                              || c == '('
                              || c == ')');
      if (nameLike) out.add(new AliasDefinition(new Span(s, e), legal, true));
      tokenStart = i + 1;
    }
  }
}
