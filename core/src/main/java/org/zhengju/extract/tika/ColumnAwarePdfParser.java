package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser, unchanged except that it hands the document it loaded to the parse's {@link
 * PdfColumnReader}, so two-column pages can be reread from the same document instead of parsing the
 * file twice.
 */
final class ColumnAwarePdfParser extends PDFParser {

  private static final long serialVersionUID = 1L;

  @Override
  protected PDDocument getPDDocument(
      InputStream stream,
      TikaInputStream tis,
      String password,
      RandomAccessStreamCache.StreamCacheCreateFunction streamCache,
      Metadata metadata,
      ParseContext context)
      throws IOException, EncryptedDocumentException {
    PDDocument document =
        super.getPDDocument(stream, tis, password, streamCache, metadata, context);
    PdfColumnReader columns = context.get(PdfColumnReader.class);
    if (columns != null) columns.loaded(document);
    return document;
  }
}
