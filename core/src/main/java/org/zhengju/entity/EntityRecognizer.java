package org.zhengju.entity;

import java.util.List;
import java.util.Optional;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;

/**
 * Finds names of companies, government bodies, places and people in normalized text. An extension
 * point: implementations are found with {@link java.util.ServiceLoader} and have a stable short
 * {@link #name()}.
 *
 * <p>A recognizer that holds models is {@link AutoCloseable}; whoever creates it closes it.
 */
public interface EntityRecognizer extends AutoCloseable {

  /** A short stable name ({@code rules}, {@code corenlp}) recorded on every mention it makes. */
  String name();

  /**
   * Finds mentions inside the given passages of {@code text}.
   *
   * @param text the whole normalized document (recognizers match against {@link
   *     NormalizedText#matchText()})
   * @param passages the passages to look at, in order
   * @return mentions in document order, with source and normalized offsets
   */
  List<Mention> recognize(NormalizedText text, List<Passage> passages);

  /**
   * Whether this recognizer is expensive and should only be given the passages where it can change
   * an answer (programme evidence but no company the cheap recognizers found). Rules say no;
   * CoreNLP says yes.
   */
  default boolean selective() {
    return false;
  }

  /**
   * Why this recognizer cannot run here (models missing, heap too small), or empty when it can.
   * Checked before use so that a missing model degrades to a warning, never a crash.
   */
  default Optional<String> unavailableReason() {
    return Optional.empty();
  }

  @Override
  default void close() {}
}
