package org.zhengju.nlp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Typed settings of the CoreNLP recognizer; the only place that knows CoreNLP's property names and
 * model paths.
 *
 * <p>The pipeline is {@code tokenize,ssplit,ner} with the Chinese segmenter and the Chinese NER
 * model. Part of speech, lemmas, the fine-grained regex NER, numeric classifiers, parsing and
 * coreference are left out: the Chinese NER model uses no POS features, so in CoreNLP 4.5.10 they
 * only cost time (measured: POS + fine-grained NER made 200-character chunks about four times
 * slower and added only TITLE and CITY tags).
 *
 * @param segmenter which Chinese word-segmentation model to load
 * @param maxChunkChars the longest chunk of text given to CoreNLP at once; longer sentences are cut
 * @param chunkTimeout how long one chunk may take before it is abandoned and counted as skipped
 * @param requiredHeapBytes the smallest maximum heap ({@code -Xmx}) with which the models are
 *     loaded at all
 */
public record CoreNlpSettings(
    Segmenter segmenter, int maxChunkChars, Duration chunkTimeout, long requiredHeapBytes) {

  private static final String SEGMENTER_DIR = "edu/stanford/nlp/models/segmenter/chinese";
  private static final String SEGMENTER_DICT = SEGMENTER_DIR + "/dict-chris6.ser.gz";
  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz";
  private static final long MB = 1024L * 1024L;

  /** The Chinese word-segmentation models shipped in the {@code models-chinese} jar. */
  public enum Segmenter {
    /**
     * The full CTB model ({@code ctb.gz}, 329 MB): loads in about 20 s and needs a 3 GB heap (OOM
     * at 2 GB).
     */
    CTB("ctb.gz", 2900 * MB),
    /**
     * The small CTB model ({@code ctb.small.gz}, 83 MB): loads in about 10 s and runs in a 1 GB
     * heap.
     */
    CTB_SMALL("ctb.small.gz", 1400 * MB);

    private final String file;
    private final long requiredHeapBytes;

    Segmenter(String file, long requiredHeapBytes) {
      this.file = file;
      this.requiredHeapBytes = requiredHeapBytes;
    }

    /** The heap measured to load this segmenter together with the NER model, with some margin. */
    public long requiredHeapBytes() {
      return requiredHeapBytes;
    }

    private String resource() {
      return SEGMENTER_DIR + "/" + file;
    }
  }

  public CoreNlpSettings {
    Objects.requireNonNull(segmenter, "segmenter");
    if (maxChunkChars < 16)
      throw new IllegalArgumentException("maxChunkChars must be >= 16: " + maxChunkChars);
    Objects.requireNonNull(chunkTimeout, "chunkTimeout");
    if (chunkTimeout.isNegative() || chunkTimeout.isZero())
      throw new IllegalArgumentException("chunkTimeout must be positive: " + chunkTimeout);
    if (requiredHeapBytes < 0) throw new IllegalArgumentException("requiredHeapBytes must be >= 0");
  }

  /**
   * The settings used by the no-argument recognizer: the small segmenter (same mentions as the full
   * one on our samples, a third of the heap), chunks of at most 200 characters, 10 s per chunk.
   */
  public static CoreNlpSettings defaults() {
    return of(Segmenter.CTB_SMALL);
  }

  /** Default chunking and time bound with {@code segmenter} and the heap it needs. */
  public static CoreNlpSettings of(Segmenter segmenter) {
    Objects.requireNonNull(segmenter, "segmenter");
    return new CoreNlpSettings(
        segmenter, 200, Duration.ofSeconds(10), segmenter.requiredHeapBytes());
  }

  /** These settings with another longest chunk. */
  public CoreNlpSettings withMaxChunkChars(int chars) {
    return new CoreNlpSettings(segmenter, chars, chunkTimeout, requiredHeapBytes);
  }

  /** These settings with another per-chunk time bound. */
  public CoreNlpSettings withChunkTimeout(Duration timeout) {
    return new CoreNlpSettings(segmenter, maxChunkChars, timeout, requiredHeapBytes);
  }

  /**
   * These settings with another heap threshold (for a measured machine, or to test the heap check).
   */
  public CoreNlpSettings withRequiredHeapBytes(long bytes) {
    return new CoreNlpSettings(segmenter, maxChunkChars, chunkTimeout, bytes);
  }

  /** The classpath resources the pipeline loads; all must be present. */
  public List<String> modelResources() {
    return List.of(segmenter.resource(), SEGMENTER_DICT, NER_MODEL);
  }

  /**
   * A fresh CoreNLP {@link Properties} for these settings; callers may change it without affecting
   * others.
   */
  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,ner");
    p.setProperty("tokenize.language", "zh");
    p.setProperty("segment.model", segmenter.resource());
    p.setProperty("segment.sighanCorporaDict", SEGMENTER_DIR);
    p.setProperty("segment.serDictionary", SEGMENTER_DICT);
    p.setProperty("segment.sighanPostProcessing", "true");
    // Chunks are cut at sentence ends already; this only matters for the half-width forms NFKC
    // produces.
    p.setProperty("ssplit.boundaryTokenRegex", "[.。]|[!?！？;；]+");
    p.setProperty("ner.language", "chinese");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /** The heap advice for messages, e.g. {@code -Xmx2g}. */
  String heapAdvice() {
    return "-Xmx" + ((requiredHeapBytes + 1024 * MB - 1) / (1024 * MB)) + "g";
  }
}
