package org.zhengju.nlp;

import java.io.IOException;

/**
 * Thrown when the CoreNLP recognizer cannot run: its models are missing or corrupt, or the heap is
 * too small. The message says what to do (add the models jar, raise {@code -Xmx}); callers may go
 * on with rules only.
 */
public final class NlpUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message a user can act on. */
  public NlpUnavailableException(String message) {
    super(message);
  }

  /** An exception with a message a user can act on and the failure behind it. */
  public NlpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
