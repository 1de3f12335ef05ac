package org.zhengju.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.evidence.Grade;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.TextExtractor;
import org.zhengju.ingest.FileOutcome.Status;
import org.zhengju.store.CorpusStore;

/**
 * Runs the whole road for a set of files: extract, analyse (normalize, tag, recognize, link) and
 * store.
 *
 * <p>Every document gets exactly one recorded outcome; a bad file never stops the run or loses
 * other work. Files are extracted and analysed on worker threads and stored in the order they were
 * found. The caller owns the extractor, analyzer and store and closes them.
 */
public final class Ingestor {
  private final TextExtractor extractor;
  private final DocumentAnalyzer analyzer;
  private final CorpusStore store;
  private final IngestSettings settings;

  /** An ingestor writing to {@code store}. */
  public Ingestor(
      TextExtractor extractor,
      DocumentAnalyzer analyzer,
      CorpusStore store,
      IngestSettings settings) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Ingests every file under {@code roots}.
   *
   * @throws java.nio.file.NoSuchFileException if a root does not exist (nothing is ingested)
   * @throws IOException if the store fails (what was committed before stays)
   */
  public IngestReport ingest(List<Path> roots, IngestListener listener) throws IOException {
    long t0 = System.nanoTime();
    List<SourceFile> files = new SourceWalker().list(roots);
    listener.started(files.size());
    List<FileOutcome> outcomes = new ArrayList<>();
    long passages = 0;
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
    try {
      Deque<Pending> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      while (done < files.size()) {
        while (next < files.size() && window.size() < settings.threads() * 2) {
          SourceFile file = files.get(next++);
          window.add(new Pending(file, pool.submit(() -> process(file))));
        }
        Pending pending = window.poll();
        for (Processed p : await(pending)) {
          FileOutcome outcome = store(p, pending.file().path());
          passages += outcome.passages();
          outcomes.add(outcome);
          listener.outcome(outcome);
        }
        done++;
        listener.fileDone(pending.file().source(), done, files.size());
        if (done % settings.commitEvery() == 0) store.commit();
      }
      store.commit();
    } finally {
      pool.shutdownNow();
    }
    int companies = countLinkedCompanies();
    return new IngestReport(
        files.size(), outcomes, passages, companies, (System.nanoTime() - t0) / 1_000_000);
  }

  private int countLinkedCompanies() throws IOException {
    List<CompanyProfile> profiles = new CompanyAggregator().aggregate(store.documents());
    return (int) profiles.stream().filter(p -> p.grade().compareTo(Grade.C) <= 0).count();
  }

  /** Extracts and analyses one file on a worker thread; never throws. */
  private List<Processed> process(SourceFile file) {
    List<Processed> results = new ArrayList<>();
    List<ExtractionOutcome> extracted;
    try {
      extracted = extractor.extract(file.path(), file.source());
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(
          Processed.failed(file.source(), "extraction failed unexpectedly: " + describe(e)));
    }
    for (ExtractionOutcome outcome : extracted) {
      if (outcome instanceof ExtractionOutcome.Failed f) {
        results.add(Processed.failed(f.source(), f.reason()));
        continue;
      }
      ExtractionOutcome.Extracted e = (ExtractionOutcome.Extracted) outcome;
      try {
        if (store.contains(e.document().sha256())) {
          results.add(
              new Processed(
                  e.source(), Optional.empty(), Optional.empty(), true, Optional.empty()));
          continue;
        }
        AnalyzedDocument analyzed = analyzer.analyze(e.document());
        results.add(
            new Processed(
                e.source(), Optional.of(analyzed), e.partialReason(), false, Optional.empty()));
      } catch (IOException | RuntimeException | StackOverflowError ex) {
        results.add(
            Processed.failed(
                e.source(), "analysis failed: " + describe(ex) + " (please report this file)"));
      }
    }
    return results;
  }

  private List<Processed> await(Pending pending) {
    try {
      return pending.future().get(settings.timeoutPerFile().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.future().cancel(true);
      return List.of(
          Processed.failed(
              pending.file().source(),
              "timed out after "
                  + settings.timeoutPerFile().toSeconds()
                  + " s; the file may be malformed or very"
                  + " large (raise the per-file timeout to try again)"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError)
        return List.of(
            Processed.failed(
                pending.file().source(),
                "ran out of memory reading this file (it may be a decompression bomb); the other files"
                    + " are unaffected. Raise the heap (ZHENGJU_OPTS=-Xmx4g) to try it again"));
      return List.of(
          Processed.failed(pending.file().source(), "failed: " + describe(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(Processed.failed(pending.file().source(), "interrupted"));
    }
  }

  private FileOutcome store(Processed p, Path file) throws IOException {
    if (p.failure().isPresent()) return new FileOutcome(p.source(), Status.FAILED, p.failure(), 0);
    if (p.skipped())
      return new FileOutcome(
          p.source(), Status.SKIPPED, Optional.of("already indexed (same SHA-256)"), 0);
    AnalyzedDocument doc = p.document().orElseThrow();
    if (store.contains(doc.document().sha256())) // a duplicate inside this run
    return new FileOutcome(
          p.source(), Status.SKIPPED, Optional.of("duplicate of a document in this run"), 0);
    store.add(doc, file, p.partialReason());
    Status status = p.partialReason().isPresent() ? Status.PARTIAL : Status.INDEXED;
    return new FileOutcome(p.source(), status, p.partialReason(), doc.passages().size());
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName()
        + (msg == null ? "" : ": " + (msg.length() > 200 ? msg.substring(0, 200) + "…" : msg));
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "zhengju-ingest-" + n.incrementAndGet());
      t.setDaemon(true); // a runaway parser must not keep the JVM alive after the run
      return t;
    };
  }

  private record Pending(SourceFile file, Future<List<Processed>> future) {}

  private record Processed(
      String source,
      Optional<AnalyzedDocument> document,
      Optional<String> partialReason,
      boolean skipped,
      Optional<String> failure) {
    static Processed failed(String source, String reason) {
      return new Processed(source, Optional.empty(), Optional.empty(), false, Optional.of(reason));
    }
  }
}
