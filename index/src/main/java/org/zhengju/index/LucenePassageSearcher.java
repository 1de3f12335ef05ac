package org.zhengju.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.zhengju.index.internal.ChineseAnalyzers;
import org.zhengju.index.internal.CompanyDirectory;
import org.zhengju.index.internal.GlossRewriter;
import org.zhengju.index.internal.IndexDirectories;
import org.zhengju.index.internal.IndexFields;
import org.zhengju.index.internal.QueryTranslator;
import org.zhengju.index.internal.SnippetBuilder;
import org.zhengju.index.internal.SourceOffsets;
import org.zhengju.index.internal.StoredRecords;
import org.zhengju.search.PassageSearcher;
import org.zhengju.search.QuerySyntaxException;
import org.zhengju.search.SearchHit;
import org.zhengju.search.SearchResult;

/**
 * A {@link PassageSearcher} over an index written by {@link LuceneCorpusStore}: bigram phrase
 * search of the passages' simplified-folded text, boolean operators, proximity, English glosses and
 * keyword fields.
 *
 * <p>Sees the index as it was committed when opened. Holds an open reader: whoever opens it closes
 * it. Safe for concurrent searches.
 *
 * <p>Query language: words and {@code "phrases"} (a Chinese word matches only where it stands
 * whole: it is searched as a phrase of its character bigrams; a single character matches any word
 * containing it), {@code AND OR NOT} and {@code + -} (default AND; a query of prohibitions alone
 * means everything except them), parentheses, proximity {@code "新疆 补贴"~10} (distance in
 * characters), English glosses ({@code labour transfer} also finds the Chinese terms the gloss
 * expander gives), {@code company:"NAME"} (every name of a company the corpus names NAME or gives
 * NAME as an alias; exact, never look-alikes), {@code category:SUBSIDY} (any case), {@code
 * place:和田} (Xinjiang place terms starting with the text, so 和田地区 too), {@code year:2019} (years
 * the passage writes as 2019年, or its document's creation year; {@code year:[2018 TO 2020]} works).
 * Companies are resolved against the records present when the searcher was opened.
 *
 * <p>A hit's {@code start}/{@code end} are the exact source offsets of the first highlighted match
 * in the passage; when the query has no text terms (only fields such as {@code category:}), they
 * are the passage's. The snippet is at most 200 characters of the passage around that match,
 * HTML-escaped, matches in {@code <em>…</em>}, with {@code …} where the passage was cut.
 */
public final class LucenePassageSearcher implements PassageSearcher {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer queryAnalyzer;
  private final Analyzer indexAnalyzer;
  private final QueryTranslator translator;

  private LucenePassageSearcher(
      Directory directory,
      UnaryOperator<String> queryFolder,
      Function<String, List<String>> glossExpander)
      throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.queryAnalyzer = ChineseAnalyzers.forQueries();
    this.indexAnalyzer = ChineseAnalyzers.forIndexing();
    CompanyDirectory companies =
        new CompanyDirectory(new StoredRecords().all(searcher), queryFolder);
    this.translator =
        new QueryTranslator(
            queryAnalyzer, queryFolder, new GlossRewriter(glossExpander), companies);
  }

  /** Opens the index in {@code indexDir} with no script folding and no gloss expansion. */
  public static LucenePassageSearcher open(Path indexDir) throws IOException {
    return open(indexDir, UnaryOperator.identity(), gloss -> List.of());
  }

  /**
   * Opens the index in {@code indexDir}.
   *
   * @param queryFolder folds query text to simplified script the way passages were folded (the
   *     integrator passes the normalizer's {@code matchText}); must keep ASCII unchanged
   * @param glossExpander maps a lower-case English phrase to the Chinese terms it glosses (empty if
   *     none)
   * @throws NotAnIndexException if there is no index in {@code indexDir}
   */
  public static LucenePassageSearcher open(
      Path indexDir,
      UnaryOperator<String> queryFolder,
      Function<String, List<String>> glossExpander)
      throws IOException {
    Objects.requireNonNull(queryFolder, "queryFolder");
    Objects.requireNonNull(glossExpander, "glossExpander");
    Directory directory =
        IndexDirectories.openForReading(Objects.requireNonNull(indexDir, "indexDir"));
    try {
      return new LucenePassageSearcher(directory, queryFolder, glossExpander);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @param limit maximum number of hits returned, {@code >= 0}; {@code total} counts all matches
   *     exactly
   * @throws QuerySyntaxException if the query cannot be parsed
   */
  @Override
  public SearchResult search(String query, int limit) throws IOException {
    Objects.requireNonNull(query, "query");
    if (limit < 0) throw new IllegalArgumentException("limit must be >= 0: " + limit);
    QueryTranslator.Translated translated = translator.translate(query);
    long total = searcher.count(translated.passages());
    if (limit == 0 || total == 0) return new SearchResult(query, total, List.of());
    TopDocs top = searcher.search(translated.passages(), limit);
    SnippetBuilder snippets = new SnippetBuilder(indexAnalyzer, translated.text());
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc scoreDoc : top.scoreDocs)
      hits.add(hit(stored.document(scoreDoc.doc), scoreDoc.score, snippets));
    return new SearchResult(query, total, hits);
  }

  private static SearchHit hit(Document doc, float score, SnippetBuilder snippets)
      throws IOException {
    String text = doc.get(IndexFields.TEXT);
    List<SnippetBuilder.Span> spans = snippets.spans(doc.get(IndexFields.MATCH));
    int start = doc.getField(IndexFields.START).numericValue().intValue();
    int end = doc.getField(IndexFields.END).numericValue().intValue();
    if (!spans.isEmpty()) {
      SourceOffsets offsets = SourceOffsets.decode(doc.getBinaryValue(IndexFields.OFFSETS).bytes);
      start = offsets.sourceStart(spans.get(0).start());
      end = offsets.sourceEnd(spans.get(0).end());
    }
    IndexableField page = doc.getField(IndexFields.PAGE);
    return new SearchHit(
        doc.get(IndexFields.SOURCE),
        doc.get(IndexFields.SHA256),
        page == null ? Optional.empty() : Optional.of(page.numericValue().intValue()),
        score,
        SnippetBuilder.snippet(text, spans),
        start,
        end);
  }

  /** Releases the index reader. */
  @Override
  public void close() throws IOException {
    try (directory;
        reader;
        queryAnalyzer;
        indexAnalyzer) {
      // closed by try-with-resources, analyzers first
    }
  }
}
