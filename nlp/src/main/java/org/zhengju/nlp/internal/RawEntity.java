package org.zhengju.nlp.internal;

import java.util.Objects;

/**
 * An entity mention as CoreNLP reports it, with character offsets relative to the chunk it was
 * found in.
 *
 * @param tag CoreNLP's NER tag ({@code ORGANIZATION}, {@code GPE}, {@code PERSON}, …)
 * @param begin first character, relative to the chunk
 * @param end one past the last character, relative to the chunk
 */
public record RawEntity(String tag, int begin, int end) {
  public RawEntity {
    Objects.requireNonNull(tag, "tag");
    if (begin < 0 || end <= begin)
      throw new IllegalArgumentException("bad entity range [" + begin + ", " + end + ")");
  }
}
