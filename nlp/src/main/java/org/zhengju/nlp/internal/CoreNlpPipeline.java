package org.zhengju.nlp.internal;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The one class that holds a CoreNLP pipeline: tokenize (Chinese segmenter), sentence split and
 * NER. The annotators are built directly rather than through {@code StanfordCoreNLP}, whose static
 * global annotator cache would keep the models (1–2 GB) alive after the recognizer is closed and
 * share them between owners. Closed by its owner, the recognizer; after {@link #close()} the models
 * are unreachable from here.
 */
public final class CoreNlpPipeline implements EntityFinder {
  private volatile AnnotationPipeline pipeline;

  /** Loads the models named in {@code properties}; slow (10–20 s) and memory-hungry. */
  public CoreNlpPipeline(Properties properties) {
    Objects.requireNonNull(properties, "properties");
    AnnotatorImplementations annotators = new AnnotatorImplementations();
    AnnotationPipeline built = new AnnotationPipeline();
    built.addAnnotator(annotators.tokenizer(properties));
    built.addAnnotator(annotators.wordToSentences(properties));
    built.addAnnotator(annotators.ner(properties));
    this.pipeline = built;
  }

  /**
   * The named entities in {@code text}, with offsets relative to it.
   *
   * @throws IllegalStateException if the pipeline is closed
   */
  @Override
  public List<RawEntity> entities(String text) {
    AnnotationPipeline current = pipeline;
    if (current == null) throw new IllegalStateException("pipeline is closed");
    Annotation annotation = new Annotation(text);
    current.annotate(annotation);
    CoreDocument document = new CoreDocument(annotation);
    List<RawEntity> out = new ArrayList<>();
    for (CoreEntityMention mention : document.entityMentions()) {
      int begin = mention.charOffsets().first();
      int end = mention.charOffsets().second();
      if (begin >= 0 && end > begin && end <= text.length())
        out.add(new RawEntity(mention.entityType(), begin, end));
    }
    return out;
  }

  @Override
  public void close() {
    pipeline = null;
  }
}
