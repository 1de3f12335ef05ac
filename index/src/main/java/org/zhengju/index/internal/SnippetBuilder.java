package org.zhengju.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Finds where a query's text terms occur in a passage and cuts an HTML snippet around the first
 * occurrence.
 *
 * <p>Highlighting re-analyses the passage's folded text with the indexing analyzer and marks every
 * place where an exact phrase of a positive clause of the query stands whole (a CJK word is a
 * phrase of its bigrams), and every occurrence of its single terms and of the terms of its
 * proximity phrases; overlapping marks merge into one span. Because the folded text has the same
 * length as the original-script text, the spans apply to the original text character for character.
 */
public final class SnippetBuilder {
  /** Longest snippet, in characters of passage text (without markup and ellipses). */
  public static final int MAX_SNIPPET = 200;

  private static final int LEAD = 40;
  private final Analyzer analyzer;
  private final List<Phrase> phrases;

  /** A builder for the text terms of {@code query}, analysing passages with {@code analyzer}. */
  public SnippetBuilder(Analyzer analyzer, Query query) {
    this.analyzer = analyzer;
    this.phrases = textPhrases(query);
  }

  /** A passage-relative span {@code [start, end)}. */
  public record Span(int start, int end) {}

  /** The spans of {@code matchText} the query matches, merged, in order. */
  public List<Span> spans(String matchText) throws IOException {
    if (phrases.isEmpty()) return List.of();
    // position -> tokens there (a unigram and the bigram starting at it share a position)
    Map<Integer, List<Token>> byPosition = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.MATCH, matchText)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        byPosition
            .computeIfAbsent(position, k -> new ArrayList<>())
            .add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    List<Span> found = new ArrayList<>();
    for (Phrase phrase : phrases)
      for (int position : byPosition.keySet())
        phrase.matchAt(position, byPosition).ifPresent(found::add);
    found.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> merged = new ArrayList<>();
    for (Span span : found) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span.start() <= last.end())
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(span.end(), last.end())));
      else merged.add(span);
    }
    return merged;
  }

  private record Token(String term, int start, int end) {}

  /** Terms that must stand at the given relative positions: an exact phrase, or a single term. */
  private record Phrase(List<String> terms, int[] positions) {
    Optional<Span> matchAt(int position, Map<Integer, List<Token>> byPosition) {
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (int i = 0; i < terms.size(); i++) {
        String wanted = terms.get(i);
        Optional<Token> token =
            byPosition.getOrDefault(position + positions[i] - positions[0], List.of()).stream()
                .filter(t -> t.term().equals(wanted))
                .findFirst();
        if (token.isEmpty()) return Optional.empty();
        start = Math.min(start, token.get().start());
        end = Math.max(end, token.get().end());
      }
      return Optional.of(new Span(start, end));
    }
  }

  /**
   * Up to {@link #MAX_SNIPPET} characters of {@code text} around the first span, HTML-escaped,
   * spans in em.
   */
  public static String snippet(String text, List<Span> spans) {
    // Some context before the first match, but a match near the end still gets a full-length
    // snippet.
    int from =
        spans.isEmpty()
            ? 0
            : Math.max(0, Math.min(spans.get(0).start() - LEAD, text.length() - MAX_SNIPPET));
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
    int to = Math.min(text.length(), from + MAX_SNIPPET);
    if (to < text.length() && to > from && Character.isHighSurrogate(text.charAt(to - 1))) to--;
    StringBuilder out = new StringBuilder();
    if (from > 0) out.append('…');
    int at = from;
    for (Span span : spans) {
      int s = Math.max(span.start(), at);
      int e = Math.min(span.end(), to);
      if (s >= to) break;
      if (e <= s) continue;
      escape(text, at, s, out);
      out.append("<em>");
      escape(text, s, e, out);
      out.append("</em>");
      at = e;
    }
    escape(text, at, to, out);
    if (to < text.length()) out.append('…');
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  // Exact phrases are highlighted only where the whole phrase stands; sloppy phrases and single
  // terms term by term.
  private static List<Phrase> textPhrases(Query query) {
    List<Phrase> found = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return IndexFields.MATCH.equals(field);
          }

          @Override
          public void consumeTerms(Query q, Term... ts) {
            if (q instanceof PhraseQuery phrase && phrase.getSlop() == 0 && ts.length > 1) {
              found.add(
                  new Phrase(Arrays.stream(ts).map(Term::text).toList(), phrase.getPositions()));
              return;
            }
            for (Term t : ts)
              if (IndexFields.MATCH.equals(t.field()))
                found.add(new Phrase(List.of(t.text()), new int[] {0}));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return found;
  }
}
