package org.zhengju.extract.tika;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rereads, column by column, the pages of the PDF being parsed whose stream-order text looks like
 * two columns drawn row by row. One instance serves one parse: {@link ColumnAwarePdfParser} hands
 * it the document Tika loaded, and {@link TextCollectingHandler} asks it about each page while that
 * document is still open.
 */
final class PdfColumnReader {

  /**
   * A line in which a run of Chinese text, a gap and another run of Chinese text follow each other,
   * each run of four or more characters: what a row of two Chinese columns becomes in stream order.
   * Chinese prose has no spaces, and table rows have short or numeric cells, so a page without two
   * such lines is not examined at all: the cost of reading positions is paid only for likely
   * two-column pages.
   */
  private static final Pattern SPLIT_ROW =
      Pattern.compile("[\\p{IsHan}\\p{P}]{4,}[ \\t]+[\\p{IsHan}\\p{P}]{4,}");

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

  private static boolean twoSplitRows(String text) {
    var rows = SPLIT_ROW.matcher(text);
    return rows.find() && rows.find();
  }
}
