package org.zhengju.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.index.internal.ChineseAnalyzers;
import org.zhengju.index.internal.IndexDirectories;
import org.zhengju.index.internal.IndexFields;
import org.zhengju.index.internal.PassageDocuments;
import org.zhengju.index.internal.StoredRecords;
import org.zhengju.store.CorpusStore;
import org.zhengju.store.DocumentRecord;
import org.zhengju.store.DocumentRecords;

/**
 * A {@link CorpusStore} in a Lucene index directory: one Lucene document per passage (searchable
 * text, category, place, company and year fields) and one per ingested document holding its {@link
 * DocumentRecord} as JSON.
 *
 * <p>Holds the index's write lock until closed; whoever opens the store closes it, which commits.
 * Reads ({@link #contains}, {@link #documents}, {@link #passageCount}) see everything added,
 * committed or not.
 */
public final class LuceneCorpusStore implements CorpusStore {
  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final StoredRecords records = new StoredRecords();
  private long nextSequence;

  private LuceneCorpusStore(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.nextSequence = withSearcher(records::count);
  }

  /**
   * Opens the index in {@code indexDir} for adding, creating the directory and an empty index if
   * missing.
   *
   * @throws IndexLockedException if another store holds the index open
   * @throws NotAnIndexException if {@code indexDir} is a file or a non-empty directory without an
   *     index
   */
  public static LuceneCorpusStore open(Path indexDir) throws IOException {
    Path dir = Objects.requireNonNull(indexDir, "indexDir").toAbsolutePath();
    Directory directory = IndexDirectories.openForWriting(dir);
    Analyzer analyzer = ChineseAnalyzers.forIndexing();
    IndexWriter writer = null;
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      // Commit at once so that a searcher can open a store that has nothing in it yet.
      writer.commit();
      return new LuceneCorpusStore(dir, directory, analyzer, writer);
    } catch (LockObtainFailedException e) {
      analyzer.close();
      directory.close();
      throw new IndexLockedException(dir, e);
    } catch (IOException | RuntimeException e) {
      if (writer != null) writer.close();
      analyzer.close();
      directory.close();
      throw e;
    }
  }

  /** The index directory, absolute. */
  public Path directory() {
    return dir;
  }

  @Override
  public boolean contains(String sha256) throws IOException {
    Objects.requireNonNull(sha256, "sha256");
    return withSearcher(s -> records.contains(s, sha256));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Does not check for duplicates: callers skip documents whose SHA-256 {@link #contains}
   * already reports.
   */
  @Override
  public void add(AnalyzedDocument document, Path file, Optional<String> partialReason)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(partialReason, "partialReason");
    DocumentRecord record = DocumentRecords.of(document, file, partialReason);
    List<Document> passages = PassageDocuments.of(document);
    // Passages and record go in as one block so a crash never leaves passages without their record.
    List<Document> block = new ArrayList<>(passages);
    block.add(records.toDocument(record, nextSequence));
    writer.addDocuments(block);
    nextSequence++;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public List<DocumentRecord> documents() throws IOException {
    return withSearcher(records::all);
  }

  @Override
  public long passageCount() throws IOException {
    return withSearcher(
        s -> s.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE))));
  }

  /** Commits what was added and releases the index and its lock; does nothing if already closed. */
  @Override
  public void close() throws IOException {
    if (!writer.isOpen()) return; // closing twice is harmless, as Closeable asks
    try (directory;
        analyzer;
        writer;
        searchers) {
      writer.commit();
    }
  }

  private <T> T withSearcher(SearcherFunction<T> function) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      return function.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
