package org.zhengju.document;

/**
 * One page of a paged document, as a half-open range {@code [start, end)} of the document's
 * extracted text.
 *
 * @param number 1-based page number as printed by the viewer (not the number printed on the page)
 * @param start first character of the page in the extracted text (UTF-16 code units)
 * @param end one past the last character of the page
 * @param ocr whether the page's text came from OCR rather than a text layer
 */
public record PageSpan(int number, int start, int end, boolean ocr) {
  public PageSpan {
    if (number < 1) throw new IllegalArgumentException("number must be >= 1: " + number);
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad page range [" + start + ", " + end + ")");
  }

  /** A page whose text came from a text layer. */
  public PageSpan(int number, int start, int end) {
    this(number, start, end, false);
  }

  /** Whether the character offset lies on this page. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
