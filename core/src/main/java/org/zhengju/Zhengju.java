package org.zhengju;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.extract.TextExtractor;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.ingest.IngestListener;
import org.zhengju.ingest.IngestReport;
import org.zhengju.ingest.Ingestor;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;
import org.zhengju.search.PassageSearcher;
import org.zhengju.search.SearchResult;
import org.zhengju.store.CorpusStore;
import org.zhengju.store.StoreProvider;
import org.zhengju.verify.CorpusVerifier;
import org.zhengju.verify.VerificationReport;

/**
 * The library's front door: one corpus index and the whole road to it (ingest, companies, search,
 * verify).
 *
 * <pre>{@code
 * try (Zhengju zj = Zhengju.builder().index(Path.of("my-index")).build()) {
 *   zj.ingest(List.of(Path.of("filings")), IngestListener.NONE);
 *   zj.companies().forEach(c -> System.out.println(c.grade() + " " + c.name()));
 * }
 * }</pre>
 *
 * <p>Owns the extractor, the recognizers (CoreNLP models, when enabled) and, once opened, the index
 * writer; closing it releases them all. Not for concurrent use from several threads (ingest itself
 * runs on worker threads).
 */
public final class Zhengju implements AutoCloseable {
  private final ZhengjuBuilder settings;
  private final Lexicon lexicon;
  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();
  private final TextExtractor extractor;
  private final List<EntityRecognizer> recognizers;
  private final StoreProvider provider;
  private CorpusStore store;
  private PassageSearcher searcher; // open until the next ingest through this object, then reopened
  private DocumentAnalyzer
      analyzer; // built on first ingest: the tagger's automaton takes a second or two

  Zhengju(
      ZhengjuBuilder settings,
      Lexicon lexicon,
      List<EntityRecognizer> recognizers,
      StoreProvider provider) {
    this.settings = settings;
    this.lexicon = lexicon;
    this.recognizers = List.copyOf(recognizers);
    this.provider = provider;
    TikaTextExtractor tika = new TikaTextExtractor(settings.extraction());
    tika.ocrUnavailableReason()
        .ifPresent(
            reason ->
                settings.warnings().accept(reason + "; scanned pages will be reported as partial"));
    this.extractor = tika;
  }

  /** A builder; {@link ZhengjuBuilder#index(Path)} is required. */
  public static ZhengjuBuilder builder() {
    return new ZhengjuBuilder();
  }

  /**
   * Extracts, analyses, links and indexes every file under {@code paths}. Files already indexed
   * (same SHA-256) are skipped.
   *
   * @throws java.nio.file.NoSuchFileException if a path does not exist
   * @throws IOException if the index cannot be written (work committed before stays)
   */
  public IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
    if (analyzer == null)
      analyzer =
          new DocumentAnalyzer(
              normalizer,
              new PassageSplitter(),
              new LexiconTagger(lexicon),
              new QuantityTagger(),
              recognizers);
    closeSearcher(); // it would not see what this ingest adds
    Ingestor ingestor = new Ingestor(extractor, analyzer, store(), settings.ingest());
    return ingestor.ingest(paths, listener);
  }

  /** Every company of the index with its evidence, strongest grade first (all grades, A–E). */
  public List<CompanyProfile> companies() throws IOException {
    return new CompanyAggregator()
        .aggregate(store != null ? store.documents() : provider.readDocuments(settings.index()));
  }

  /** The company whose legal name or alias is {@code name}, if the index has it. */
  public Optional<CompanyProfile> company(String name) throws IOException {
    return new CompanyAggregator().find(companies(), name);
  }

  /**
   * Searches the index's passages (see {@link PassageSearcher#search} for the query language). The
   * searcher stays open for further searches and is reopened after an ingest through this object;
   * changes another process makes to the index are seen by a new {@code Zhengju}.
   */
  public SearchResult search(String query, int limit) throws IOException {
    if (searcher == null) {
      if (store != null) store.commit();
      searcher = provider.openSearcher(settings.index(), normalizer::foldQuery, this::glossTerms);
    }
    return searcher.search(query, limit);
  }

  private void closeSearcher() throws IOException {
    if (searcher != null) {
      PassageSearcher open = searcher;
      searcher = null;
      open.close();
    }
  }

  /** Re-hashes every source file still present and re-finds every quote at its cited location. */
  public VerificationReport verify() throws IOException {
    var records = store != null ? store.documents() : provider.readDocuments(settings.index());
    return new CorpusVerifier(extractor, normalizer).verify(records);
  }

  /** The entity recognizers in use, by short name ({@code rules}, {@code corenlp}). */
  public List<String> recognizerNames() {
    return recognizers.stream().map(EntityRecognizer::name).toList();
  }

  /** The lexicon in use (built-in plus user files). */
  public Lexicon lexicon() {
    return lexicon;
  }

  private List<String> glossTerms(String english) {
    List<String> terms = new ArrayList<>();
    for (LexiconEntry e : lexicon.byGloss(english)) {
      terms.add(e.term());
      e.traditional().ifPresent(terms::add);
    }
    return terms;
  }

  private CorpusStore store() throws IOException {
    if (store == null) store = provider.openStore(settings.index());
    return store;
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    try {
      closeSearcher();
    } catch (IOException e) {
      failure = e;
    }
    try {
      if (store != null) store.close();
    } catch (IOException e) {
      if (failure == null) failure = e;
    }
    for (EntityRecognizer r : recognizers) {
      try {
        r.close();
      } catch (Exception e) {
        if (failure == null)
          failure = new IOException("closing recognizer " + r.name() + " failed", e);
      }
    }
    extractor.close();
    if (failure != null) throw failure;
  }

  /** Keeps the settings reachable for tests of the builder. */
  ZhengjuBuilder settings() {
    return Objects.requireNonNull(settings);
  }
}
