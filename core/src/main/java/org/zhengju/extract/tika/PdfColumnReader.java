package org.zhengju.extract.tika;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rereads, column by column, the pages of the PDF being parsed whose stream-order text looks like
 * two columns drawn row by row. One instance serves one parse: {@link ColumnAwarePdfParser} hands
 * it the document Tika loaded, and {@link TextCollectingHandler} asks it about each page while that
 * document is still open.
 */
final class PdfColumnReader {

  /** Shortest run of Chinese text on either side of the gap of a split row. */
  private static final int RUN = 4;

  private Optional<PDDocument> document = Optional.empty();

  /** Remembers the document Tika is about to read. */
  void loaded(PDDocument document) {
    if (this.document.isEmpty()) this.document = Optional.of(document);
  }

  /**
   * The text of page {@code pageNumber} in column order, if the page is two columns of prose; empty
   * otherwise, and then {@code streamText} stands.
   *
   * @throws IOException if PDFBox cannot read the page again
   */
  Optional<String> columnText(int pageNumber, String streamText) throws IOException {
    if (document.isEmpty() || !twoSplitRows(streamText)) return Optional.empty();
    return ColumnLayout.columnText(PdfPageWords.of(document.get(), pageNumber));
  }

  /**
   * Whether two lines of {@code text} are split rows: a run of Chinese text, a gap and another run
   * of Chinese text, each run of four or more characters, which is what a row of two Chinese
   * columns becomes in stream order. Chinese prose has no spaces and table rows have short or
   * numeric cells, so a page without two such lines is not examined at all: positions are read only
   * for likely two-column pages. A single linear scan: it runs on every PDF page, so it must cost
   * next to nothing (a regular expression with two open-ended runs backtracks quadratically over
   * long Chinese lines and measured as slow as the PDF parse).
   */
  static boolean twoSplitRows(String text) {
    int rows = 0;
    int run = 0; // Chinese characters and punctuation in a row so far
    int before = -1; // length of the run before the current gap, -1 if none
    boolean split = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (split && ++rows == 2) return true;
        run = 0;
        before = -1;
        split = false;
      } else if (c == ' ' || c == '\t') {
        if (run > 0) before = run;
        run = 0;
      } else if (Character.isIdeographic(c) || isPunctuation(c)) {
        run++;
        if (before >= RUN && run >= RUN) split = true;
      } else {
        run = 0;
        before = -1;
      }
    }
    return split && rows == 1;
  }

  private static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.OTHER_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
