package org.zhengju.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.entity.Mention;
import org.zhengju.nlp.internal.Chunker;
import org.zhengju.nlp.internal.CoreNlpPipeline;
import org.zhengju.nlp.internal.EntityFinder;
import org.zhengju.nlp.internal.EntityTagMapper;
import org.zhengju.nlp.internal.RawEntity;
import org.zhengju.nlp.internal.StatsCounter;
import org.zhengju.nlp.internal.StatsCounter.ChunkOutcome;
import org.zhengju.nlp.internal.TextChunk;
import org.zhengju.nlp.internal.TimedWorker;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;

/**
 * Finds organisations, companies, government bodies, places and people with Stanford CoreNLP's
 * Chinese pipeline (short name {@code corenlp}). It is {@linkplain #selective() selective}: give it
 * only the passages where it can change an answer, since it annotates about 10,000–20,000
 * characters a second.
 *
 * <p>Each passage is cut into chunks of at most {@link CoreNlpSettings#maxChunkChars()} characters
 * at sentence ends; each chunk is annotated on a worker thread within {@link
 * CoreNlpSettings#chunkTimeout()}. A chunk past the bound, or one on which CoreNLP fails (even out
 * of memory), is counted in {@link #stats()} and yields no mentions; the other chunks are still
 * processed. If the models cannot be loaded, {@link #recognize} returns no mentions and {@link
 * #stats()} says why; call {@link #unavailableReason(CoreNlpSettings)} or {@link #load()} first to
 * report it. The models are loaded on first use (or by {@link #load()}), held by this recognizer
 * and released by {@link #close()}; whoever creates the recognizer closes it. Calls are serialized:
 * one pipeline, one worker.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {
  /** The short name recorded on every mention. */
  public static final String NAME = "corenlp";

  private static final System.Logger LOG =
      System.getLogger(CoreNlpEntityRecognizer.class.getName());

  private final CoreNlpSettings settings;
  private final Chunker chunker;
  private final EntityTagMapper mapper = new EntityTagMapper(NAME);
  private final StatsCounter stats = new StatsCounter();
  private final TimedWorker worker = new TimedWorker("zhengju-corenlp");
  private final Function<Properties, EntityFinder> loader;
  private EntityFinder pipeline;
  private NlpUnavailableException loadFailure;
  private boolean closed;

  /**
   * A recognizer with {@link CoreNlpSettings#defaults()}; the constructor {@link
   * java.util.ServiceLoader} uses.
   */
  public CoreNlpEntityRecognizer() {
    this(CoreNlpSettings.defaults());
  }

  /**
   * A recognizer with the given settings. Cheap: the models are loaded on first use or by {@link
   * #load()}.
   */
  public CoreNlpEntityRecognizer(CoreNlpSettings settings) {
    this(settings, CoreNlpPipeline::new);
  }

  /**
   * A recognizer whose models are loaded by {@code loader}: lets tests stand in for CoreNLP's
   * failures.
   */
  CoreNlpEntityRecognizer(CoreNlpSettings settings, Function<Properties, EntityFinder> loader) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.chunker = new Chunker(settings.maxChunkChars());
  }

  /**
   * Why CoreNLP cannot run in this JVM with {@code settings} (CoreNLP or its Chinese models missing
   * from the classpath, or a maximum heap below {@link CoreNlpSettings#requiredHeapBytes()}), or
   * empty if it can. The message is one line a user can act on, e.g. {@code NER disabled: max heap
   * 512 MB < 1400 MB needed …}.
   */
  public static Optional<String> unavailableReason(CoreNlpSettings settings) {
    return unavailableReason(
        settings, Runtime.getRuntime().maxMemory(), CoreNlpEntityRecognizer.class.getClassLoader());
  }

  /**
   * {@link #unavailableReason(CoreNlpSettings)} for this recognizer's settings, or the reason
   * loading failed.
   */
  public synchronized Optional<String> unavailableReason() {
    return loadFailure != null
        ? Optional.of(loadFailure.getMessage())
        : unavailableReason(settings);
  }

  static Optional<String> unavailableReason(
      CoreNlpSettings settings, long maxHeapBytes, ClassLoader loader) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(loader, "loader");
    try {
      Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false, loader);
    } catch (ClassNotFoundException e) {
      return Optional.of(
          "NER disabled: Stanford CoreNLP is not on the classpath; add edu.stanford.nlp:stanford-corenlp:4.5.10");
    }
    for (String resource : settings.modelResources()) {
      if (loader.getResource(resource) == null)
        return Optional.of(
            "NER disabled: CoreNLP Chinese model "
                + resource
                + " is not on the classpath; add "
                + "edu.stanford.nlp:stanford-corenlp:4.5.10:models-chinese (a 1.6 GB jar Maven downloads once)");
    }
    if (maxHeapBytes < settings.requiredHeapBytes())
      return Optional.of(
          "NER disabled: max heap "
              + (maxHeapBytes >> 20)
              + " MB < "
              + (settings.requiredHeapBytes() >> 20)
              + " MB needed by the "
              + settings.segmenter()
              + " segmenter; set ZHENGJU_OPTS="
              + settings.heapAdvice());
    return Optional.empty();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean selective() {
    return true;
  }

  /** The settings this recognizer was made with. */
  public CoreNlpSettings settings() {
    return settings;
  }

  /**
   * Loads the models now unless already loaded.
   *
   * @throws NlpUnavailableException if CoreNLP or its models are missing or corrupt, or the heap is
   *     too small; later calls of {@link #recognize} then return no mentions
   * @throws IllegalStateException if the recognizer is closed
   */
  public synchronized void load() throws NlpUnavailableException {
    if (closed) throw new IllegalStateException("recognizer is closed");
    if (pipeline != null) return;
    if (loadFailure != null) throw loadFailure;
    Optional<String> reason = unavailableReason(settings);
    if (reason.isPresent()) throw fail(new NlpUnavailableException(reason.get()));
    try {
      pipeline = loader.apply(settings.toProperties());
    } catch (OutOfMemoryError e) {
      throw fail(
          new NlpUnavailableException(
              "NER disabled: out of memory loading the CoreNLP models with max heap "
                  + (Runtime.getRuntime().maxMemory() >> 20)
                  + " MB; set ZHENGJU_OPTS="
                  + settings.heapAdvice(),
              e));
    } catch (RuntimeException | LinkageError e) {
      throw fail(
          new NlpUnavailableException(
              "NER disabled: the CoreNLP Chinese models could not be loaded (corrupt or "
                  + "wrong version of the models-chinese jar?): "
                  + e,
              e));
    }
  }

  private NlpUnavailableException fail(NlpUnavailableException e) {
    loadFailure = e;
    stats.unavailable(e.getMessage());
    return e;
  }

  /**
   * Finds mentions in the given passages; returns none (and records why in {@link #stats()}) if the
   * models cannot be loaded.
   *
   * @throws IllegalStateException if the recognizer is closed
   * @throws IllegalArgumentException if a passage lies outside {@code text}
   */
  @Override
  public synchronized List<Mention> recognize(NormalizedText text, List<Passage> passages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(passages, "passages");
    if (closed) throw new IllegalStateException("recognizer is closed");
    for (Passage passage : passages) {
      if (passage.normalizedEnd() > text.matchText().length())
        throw new IllegalArgumentException(
            "passage "
                + passage.ordinal()
                + " ends at "
                + passage.normalizedEnd()
                + ", past the text's "
                + text.matchText().length()
                + " characters");
    }
    if (loadFailure != null) return List.of(); // already reported once
    try {
      load();
    } catch (NlpUnavailableException e) {
      // the interface cannot throw it: warn once, record it in stats, and let the run go on with
      // the rules
      LOG.log(System.Logger.Level.WARNING, e.getMessage());
      return List.of();
    }
    Set<Mention> found = new LinkedHashSet<>();
    for (Passage passage : passages) {
      for (TextChunk chunk :
          chunker.chunks(text.matchText(), passage.normalizedStart(), passage.normalizedEnd())) {
        if (!annotate(text, chunk, found))
          return sorted(found); // interrupted: stop early, keep what we have
      }
    }
    return sorted(found);
  }

  /** Annotates one chunk into {@code found}; false if the calling thread was interrupted. */
  private boolean annotate(NormalizedText text, TextChunk chunk, Set<Mention> found) {
    String chunkText = text.matchText().substring(chunk.start(), chunk.end());
    long began = System.nanoTime();
    ChunkOutcome outcome = ChunkOutcome.FAILED;
    try {
      EntityFinder current = pipeline;
      List<RawEntity> entities =
          worker.call(() -> current.entities(chunkText), settings.chunkTimeout());
      for (RawEntity entity : entities) mapper.toMention(entity, chunk, text).ifPresent(found::add);
      outcome = ChunkOutcome.DONE;
    } catch (TimeoutException e) {
      outcome = ChunkOutcome.SKIPPED;
    } catch (ExecutionException e) {
      // CoreNLP threw or ran out of memory on this chunk: counted and recorded, the other chunks go
      // on
      stats.failure(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = ChunkOutcome.SKIPPED;
      return false;
    } finally {
      stats.chunk(chunk.length(), System.nanoTime() - began, outcome);
    }
    return true;
  }

  private static List<Mention> sorted(Set<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    out.sort(
        Comparator.comparingInt(Mention::normalizedStart).thenComparingInt(Mention::normalizedEnd));
    return out;
  }

  /**
   * What this recognizer has done so far: chunks, characters, chunks skipped or failed, time spent.
   */
  public CoreNlpStats stats() {
    return stats.snapshot();
  }

  /** Releases the models and the worker thread. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    worker.close();
    if (pipeline != null) pipeline.close();
    pipeline = null;
  }
}
