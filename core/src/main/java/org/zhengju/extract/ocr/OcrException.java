package org.zhengju.extract.ocr;

import java.io.IOException;

/**
 * OCR of an image failed or could not start; the message says why in words a user can act on
 * (install a package, raise a time bound).
 */
public class OcrException extends IOException {

  /** Creates an exception with a user-facing {@code reason}. */
  public OcrException(String reason) {
    super(reason);
  }

  /** Creates an exception with a user-facing {@code reason} and its {@code cause}. */
  public OcrException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
