package org.zhengju.search;

/** A search query could not be parsed; the message says where and what was expected. */
public class QuerySyntaxException extends IllegalArgumentException {
  /** Creates the exception with a user-facing message. */
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
