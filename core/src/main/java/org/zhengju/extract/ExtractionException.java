package org.zhengju.extract;

import java.io.IOException;

/** A document could not be read; the message says why in words a user can act on. */
public class ExtractionException extends IOException {
  private final String source;

  /** Creates an exception about {@code source} with a user-facing {@code reason}. */
  public ExtractionException(String source, String reason, Throwable cause) {
    super(reason, cause);
    this.source = source;
  }

  /** Creates an exception about {@code source} with a user-facing {@code reason}. */
  public ExtractionException(String source, String reason) {
    this(source, reason, null);
  }

  /** The source name of the document that failed. */
  public String source() {
    return source;
  }
}
