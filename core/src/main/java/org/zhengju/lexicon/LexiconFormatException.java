package org.zhengju.lexicon;

import java.io.IOException;

/**
 * A lexicon file that cannot be read as a lexicon: the message names the file and line and says
 * what to fix, e.g. {@code lexicon.tsv:12: unknown category FOO (expected one of LABOUR_TRANSFER,
 * …)}.
 */
public final class LexiconFormatException extends IOException {
  private final String source;
  private final int line;

  /** A format error in {@code source} at 1-based {@code line}, described by {@code reason}. */
  public LexiconFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** The file name the error was found in. */
  public String source() {
    return source;
  }

  /** The 1-based line number of the error. */
  public int line() {
    return line;
  }
}
