package org.zhengju.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Finds where a query's text terms occur in a passage and cuts an HTML snippet around the first occurrence.
 *
 * <p>Highlighting re-analyses the passage's folded text with the indexing analyzer and marks every token that is a
 * term of a positive clause of the query, merging overlapping bigrams into one span. Because the folded text has
 * the same length as the original-script text, the spans apply to the original text character for character.
 */
public final class SnippetBuilder {
  /** Longest snippet, in characters of passage text (without markup and ellipses). */
  public static final int MAX_SNIPPET = 200;
  private static final int LEAD = 40;
  private final Analyzer analyzer;
  private final Set<String> terms;

  /** A builder for the text terms of {@code query}, analysing passages with {@code analyzer}. */
  public SnippetBuilder(Analyzer analyzer, Query query) {
    this.analyzer = analyzer;
    this.terms = textTerms(query);
  }

  /** A passage-relative span {@code [start, end)}. */
  public record Span(int start, int end) {}

  /** The spans of {@code matchText} the query matches, merged, in order. */
  public List<Span> spans(String matchText) throws IOException {
    List<Span> spans = new ArrayList<>();
    if (terms.isEmpty()) return spans;
    try (TokenStream stream = analyzer.tokenStream(IndexFields.MATCH, matchText)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!terms.contains(term.toString())) continue;
        int s = offset.startOffset();
        int e = offset.endOffset();
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && s <= last.end()) spans.set(spans.size() - 1, new Span(last.start(), Math.max(e, last.end())));
        else spans.add(new Span(s, e));
      }
      stream.end();
    }
    return spans;
  }

  /** Up to {@link #MAX_SNIPPET} characters of {@code text} around the first span, HTML-escaped, spans in em. */
  public static String snippet(String text, List<Span> spans) {
    int from = spans.isEmpty() ? 0 : Math.max(0, spans.get(0).start() - LEAD);
    int to = Math.min(text.length(), from + MAX_SNIPPET);
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

  private static Set<String> textTerms(Query query) {
    Set<String> found = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return IndexFields.MATCH.equals(field);
          }

          @Override
          public void consumeTerms(Query q, Term... ts) {
            for (Term t : ts) if (IndexFields.MATCH.equals(t.field())) found.add(t.text());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return found;
  }
}
