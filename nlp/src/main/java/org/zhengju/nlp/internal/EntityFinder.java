package org.zhengju.nlp.internal;

import java.util.List;

/**
 * Finds named entities in a short text; the seam between the recognizer and the CoreNLP pipeline.
 */
public interface EntityFinder extends AutoCloseable {

  /** The named entities in {@code text}, with offsets relative to it. */
  List<RawEntity> entities(String text);

  /** Releases the models. */
  @Override
  void close();
}
