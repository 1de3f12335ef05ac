package org.zhengju.extract.tika;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.zhengju.extract.ExtractionSettings;

/**
 * Runs Tika over one file and keeps everything it gave, including how far it got before a failure.
 */
final class TikaDocumentReader {

  /**
   * What one Tika parse gave.
   *
   * @param text the collected text, pages and truncation flag
   * @param metadata Tika's metadata of the document
   * @param embedded files found inside, saved for extraction of their own
   * @param embeddedNotSaved how many embedded files were not saved because of the count limit
   * @param failure what stopped the parse, if it did not finish (reaching the text limit is not a
   *     failure)
   */
  record Parsed(
      TextCollectingHandler text,
      Metadata metadata,
      List<EmbeddedFileCollector.EmbeddedFile> embedded,
      int embeddedNotSaved,
      Optional<Throwable> failure) {}

  private final TikaEngine engine;
  private final ExtractionSettings settings;

  TikaDocumentReader(TikaEngine engine, ExtractionSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  /**
   * Parses {@code file}; never throws for a bad file, the failure is returned. Errors that leave
   * the JVM usable (a parser's stack overflow, a missing class) are caught here too so one file
   * cannot stop a run; {@link OutOfMemoryError} is not, since nothing can be trusted after it.
   */
  Parsed read(Path file, String name, TempFiles temp) {
    PdfColumnReader columns = new PdfColumnReader();
    TextCollectingHandler handler =
        new TextCollectingHandler(settings.maxCharacters(), Optional.of(columns));
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    EmbeddedFileCollector embedded =
        new EmbeddedFileCollector(
            engine, temp, settings.maxFileBytes(), settings.maxEmbeddedCount());
    ParseContext context = engine.newContext(embedded);
    context.set(PdfColumnReader.class, columns);
    Optional<Throwable> failure = Optional.empty();
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      engine.parser().parse(in, handler, metadata, context);
    } catch (Exception | StackOverflowError | LinkageError e) {
      if (!(handler.truncated() && WriteLimitReachedException.isWriteLimitReached(e)))
        failure = Optional.of(e);
    }
    handler.finish();
    return new Parsed(handler, metadata, embedded.files(), embedded.skipped(), failure);
  }
}
