package org.zhengju.index.internal;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengju.search.QuerySyntaxException;

/**
 * Turns a user's query string into a Lucene query over passages, or a {@link QuerySyntaxException}.
 */
public final class QueryTranslator {
  private static final Query PASSAGES =
      new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE));
  private final Analyzer analyzer;
  private final UnaryOperator<String> folder;
  private final GlossRewriter glosses;
  private final CompanyDirectory companies;

  /**
   * A translator using the query {@code analyzer}, the script {@code folder}, glosses and
   * companies.
   */
  public QueryTranslator(
      Analyzer analyzer,
      UnaryOperator<String> folder,
      GlossRewriter glosses,
      CompanyDirectory companies) {
    this.analyzer = analyzer;
    this.folder = folder;
    this.glosses = glosses;
    this.companies = companies;
  }

  /**
   * The text query alone (for highlighting) and the query restricted to passages (for searching).
   */
  public record Translated(Query text, Query passages) {}

  /** Translates {@code query}. */
  public Translated translate(String query) {
    if (query.isBlank()) throw syntax("empty query", null);
    checkBalance(query);
    String rewritten = glosses.rewrite(query);
    Query parsed;
    try {
      parsed = new PassageQueryParser(analyzer, folder, companies).parse(rewritten);
    } catch (ParseException e) {
      throw syntax(describe(e, rewritten.equals(query)), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw syntax("the query expands to too many terms; make it more specific", e);
    }
    if (parsed == null) parsed = new MatchNoDocsQuery("query has no searchable words");
    Query positive = withPositives(parsed);
    Query passages =
        new BooleanQuery.Builder()
            .add(positive, BooleanClause.Occur.MUST)
            .add(PASSAGES, BooleanClause.Occur.FILTER)
            .build();
    return new Translated(parsed, passages);
  }

  // Lucene matches nothing for a group of prohibitions alone (NOT 补贴, 棉花 AND (NOT 新疆)); users mean
  // "everything except", so such a group gets an all-matching clause at every level of nesting.
  private static Query withPositives(Query query) {
    if (query instanceof BoostQuery boost)
      return new BoostQuery(withPositives(boost.getQuery()), boost.getBoost());
    if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()) return query;
    BooleanQuery.Builder rebuilt =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean onlyNegative = true;
    for (BooleanClause clause : bool.clauses()) {
      rebuilt.add(withPositives(clause.getQuery()), clause.getOccur());
      onlyNegative &= clause.getOccur() == BooleanClause.Occur.MUST_NOT;
    }
    if (onlyNegative) rebuilt.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    return rebuilt.build();
  }

  private static void checkBalance(String query) {
    int quotes = 0;
    int depth = 0;
    boolean inQuote = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
        inQuote = !inQuote;
      } else if (!inQuote && c == '(') {
        depth++;
      } else if (!inQuote && c == ')' && --depth < 0) {
        throw syntax("unbalanced parenthesis: ')' at " + i + " closes nothing", null);
      }
    }
    if (quotes % 2 != 0) throw syntax("unbalanced quote", null);
    if (depth > 0) throw syntax("unbalanced parenthesis: " + depth + " '(' not closed", null);
  }

  // The classic parser's own message lists grammar tokens; say instead which word was unexpected.
  private static String describe(ParseException wrapper, boolean sameText) {
    // QueryParser.parse wraps the grammar's exception, which knows the offending token.
    ParseException e = wrapper.getCause() instanceof ParseException cause ? cause : wrapper;
    Token next = e.currentToken == null ? null : e.currentToken.next;
    if (next == null && e.getCause() != null && !(e.getCause() instanceof ParseException))
      return "a backslash must be followed by the character it escapes";
    if (next == null) return firstLine(wrapper.getMessage());
    if (next == null) return firstLine(e.getMessage());
    if (next.kind == QueryParserConstants.EOF) return "the query ends where a word was expected";
    String where = sameText ? " at position " + (next.beginColumn + 1) : "";
    return "unexpected '"
        + next.image.trim()
        + "'"
        + where
        + "; an operator needs a word on each side";
  }

  private static String firstLine(String message) {
    if (message == null) return "malformed query";
    String line = message.lines().findFirst().orElse(message);
    // The classic parser repeats the whole query ("Cannot parse '…': …"); keep only what went
    // wrong.
    int colon = line.indexOf("': ");
    return line.startsWith("Cannot parse '") && colon > 0 ? line.substring(colon + 3) : line;
  }

  private static QuerySyntaxException syntax(String what, Throwable cause) {
    return new QuerySyntaxException("cannot parse query: " + what, cause);
  }
}
