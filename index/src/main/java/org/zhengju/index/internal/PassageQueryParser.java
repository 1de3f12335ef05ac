package org.zhengju.index.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.zhengju.lexicon.Category;

/**
 * Lucene's classic query parser bent to the passage index: unfielded text is folded to simplified
 * script and searched as bigram phrases in {@link IndexFields#MATCH}; {@code company:}, {@code
 * category:}, {@code place:} and {@code year:} become keyword queries. A new parser is needed per
 * query (the classic parser is not thread-safe).
 */
public final class PassageQueryParser extends QueryParser {
  private final UnaryOperator<String> folder;
  private final CompanyDirectory companies;

  /**
   * A parser analysing text with {@code analyzer}, folding with {@code folder}, resolving
   * companies.
   */
  public PassageQueryParser(
      Analyzer analyzer, UnaryOperator<String> folder, CompanyDirectory companies) {
    super(IndexFields.MATCH, analyzer);
    this.folder = folder;
    this.companies = companies;
    setSplitOnWhitespace(true); // required by auto-generated phrases
    setAutoGeneratePhraseQueries(true); // a CJK word becomes a phrase of its bigrams
    setDefaultOperator(QueryParser.AND_OPERATOR);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    String f = field.toLowerCase(Locale.ROOT);
    switch (f) {
      case IndexFields.MATCH:
        return super.getFieldQuery(IndexFields.MATCH, folder.apply(queryText), quoted);
      case IndexFields.COMPANY:
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String name : companies.namesOf(queryText.trim()))
          any.add(new TermQuery(new Term(IndexFields.COMPANY, name)), BooleanClause.Occur.SHOULD);
        return any.build();
      case IndexFields.CATEGORY:
        String category = queryText.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(category)))
          throw new ParseException(
              "unknown category '"
                  + queryText
                  + "'; expected one of "
                  + Arrays.toString(Category.values()));
        return new TermQuery(new Term(IndexFields.CATEGORY, category));
      case IndexFields.PLACE:
        // By prefix: place:和田 should find 和田地区 and 和田县 as well as 和田.
        return new PrefixQuery(new Term(IndexFields.PLACE, folder.apply(queryText.trim())));
      case IndexFields.YEAR:
        if (!queryText.trim().matches("\\d{4}"))
          throw new ParseException("year must have four digits: '" + queryText + "'");
        return new TermQuery(new Term(IndexFields.YEAR, queryText.trim()));
      default:
        throw new ParseException(unknownField(field));
    }
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkDefaultField(field);
    return super.getPrefixQuery(field, folder.apply(termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    checkDefaultField(field);
    return super.getWildcardQuery(field, folder.apply(termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    checkDefaultField(field);
    return super.getFuzzyQuery(field, folder.apply(termStr), minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported: /" + termStr + "/");
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (!IndexFields.YEAR.equals(field))
      throw new ParseException("ranges are only supported for year:");
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static void checkDefaultField(String field) throws ParseException {
    if (!IndexFields.MATCH.equals(field))
      throw new ParseException(
          "wildcards and fuzzy terms work on text only, not on '" + field + ":'");
  }

  private static String unknownField(String field) {
    return "unknown field '" + field + ":'; use company:, category:, place: or year:";
  }
}
