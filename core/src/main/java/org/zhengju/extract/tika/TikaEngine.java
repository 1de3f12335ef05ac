package org.zhengju.extract.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * The shared, thread-safe part of Tika: one detector and one auto-detecting parser, plus a fresh
 * parse context per call with OCR switched off.
 */
final class TikaEngine {

  // Tika's default parsers, with CSV read as a table and PDFs read with an eye on their columns (a
  // later parser wins for the types it declares).
  private final AutoDetectParser parser =
      new AutoDetectParser(
          new org.apache.tika.parser.DefaultParser(),
          new CsvTableParser(),
          new ColumnAwarePdfParser());
  private final Detector detector = parser.getDetector();
  private final EncodingDetector encodingDetector = new SupersetEncodingDetector();
  private final MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
  // Base types: some parsers declare parameters (application/onenote; format=one) that detection
  // omits.
  private final Set<MediaType> supported =
      parser.getSupportedTypes(new ParseContext()).stream()
          .map(MediaType::getBaseType)
          .collect(Collectors.toUnmodifiableSet());

  private final MetadataMapper metadataMapper = new MetadataMapper();

  /** The shared, thread-safe mapper of Tika metadata and text onto document metadata. */
  MetadataMapper metadataMapper() {
    return metadataMapper;
  }

  AutoDetectParser parser() {
    return parser;
  }

  /**
   * Detects the media type of {@code file} from its bytes and its {@code name}, without parameters.
   */
  MediaType detect(Path file, String name) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      return detector.detect(in, metadata).getBaseType();
    }
  }

  /**
   * Whether some parser reads {@code type} or one of its supertypes (text/x-foo is read as
   * text/plain).
   */
  boolean supports(MediaType type) {
    for (MediaType t = type;
        t != null && !t.equals(MediaType.OCTET_STREAM);
        t = registry.getSupertype(t)) {
      if (supported.contains(t)) return true;
    }
    return false;
  }

  /**
   * A new parse context: OCR off (Tika would otherwise run Tesseract on every image and scanned
   * page when it is installed), PDF text in content-stream order, embedded files handed to {@code
   * embedded}.
   */
  ParseContext newContext(EmbeddedDocumentExtractor embedded) {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    // Content-stream order, not position order: sorting by position reads a two-column page line by
    // line across both columns (measured on a two-column Federal Register page and on a generated
    // Chinese two-column page), and it splits the byte pairs of GBK-encoded fonts without a
    // ToUnicode map. Pages whose stream draws two columns row by row are reordered by
    // PdfColumnReader.
    pdf.setSortByPosition(false);
    pdf.setExtractInlineImages(false);
    pdf.setCatchIntermediateIOExceptions(true);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, ocr);
    context.set(PDFParserConfig.class, pdf);
    context.set(EmbeddedDocumentExtractor.class, embedded);
    context.set(HtmlMapper.class, new BlockPreservingHtmlMapper());
    context.set(EncodingDetector.class, encodingDetector);
    return context;
  }
}
