package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of one PDF page with their positions, as PDFBox's text stripper splits them with the
 * settings Tika's text came from (content-stream order), so the characters are the same.
 */
final class PdfPageWords extends PDFTextStripper {

  private final List<ColumnLayout.Word> words = new ArrayList<>();

  private PdfPageWords() {
    setSortByPosition(false);
  }

  /** The words of page {@code pageNumber} (1-based) of {@code document}. */
  static List<ColumnLayout.Word> of(PDDocument document, int pageNumber) throws IOException {
    PdfPageWords stripper = new PdfPageWords();
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.writeText(document, Writer.nullWriter());
    return List.copyOf(stripper.words);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (text.isBlank() || positions.isEmpty()) return;
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float height = 0;
    for (TextPosition p : positions) {
      // A mirrored text matrix gives negative widths: take both edges either way round.
      float x = p.getXDirAdj();
      float end = x + p.getWidthDirAdj();
      left = Math.min(left, Math.min(x, end));
      right = Math.max(right, Math.max(x, end));
      height = Math.max(height, p.getHeightDir());
    }
    TextPosition first = positions.get(0);
    words.add(new ColumnLayout.Word(left, right, first.getYDirAdj(), height, text.strip()));
  }
}
