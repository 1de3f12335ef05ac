package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Saves the files Tika finds inside a document (attachments, tar entries, embedded objects) to
 * temporary files instead of parsing them inline, so that each becomes a document of its own with
 * its own source.
 *
 * <p>The exception is the body of an email or of a saved web page (MHTML): Tika hands its text and
 * HTML parts over as embedded files too, but they are the message's own text, so they are parsed
 * into the container's text instead. A body part is a text or HTML part of a multipart message that
 * has neither a file name nor an {@code attachment} disposition.
 */
final class EmbeddedFileCollector implements EmbeddedDocumentExtractor {

  /** An embedded file: saved to a temporary file, or not saved for a reason. */
  sealed interface EmbeddedFile {
    /** The entry name inside its container. */
    String name();
  }

  /** An embedded file saved to {@code file}, whose bytes hash to {@code sha256}. */
  record Saved(String name, Path file, String sha256) implements EmbeddedFile {}

  /** An embedded file that could not be saved. */
  record Unsaved(String name, String reason) implements EmbeddedFile {}

  private static final Set<String> BODY_TYPES =
      Set.of("text/plain", "text/html", "application/xhtml+xml");

  private final TikaEngine engine;
  private final TempFiles temp;
  private final long maxBytes;
  private final int maxCount;
  private final List<EmbeddedFile> files = new ArrayList<>();
  private int skipped;

  EmbeddedFileCollector(TikaEngine engine, TempFiles temp, long maxBytes, int maxCount) {
    this.engine = engine;
    this.temp = temp;
    this.maxBytes = maxBytes;
    this.maxCount = maxCount;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (isMessageBody(metadata)) return true;
    if (files.size() < maxCount) return true;
    skipped++;
    return false;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws IOException, SAXException {
    if (isMessageBody(metadata)) {
      parseBody(stream, handler, metadata);
      return;
    }
    String name = nameOf(metadata);
    try {
      TempFiles.Copy copy = temp.copy(stream, maxBytes);
      if (copy.tooLarge()) {
        temp.delete(copy.file());
        files.add(new Unsaved(name, Reasons.tooLarge(maxBytes)));
      } else {
        files.add(new Saved(name, copy.file(), copy.sha256()));
      }
    } catch (IOException e) {
      // A broken attachment must not stop the container's own text; it is reported as its own
      // failure.
      files.add(new Unsaved(name, Reasons.describe(e, "embedded file")));
    }
  }

  /** Parses a message body into the container's own text, as Tika's default extractor would. */
  private void parseBody(InputStream stream, ContentHandler handler, Metadata metadata)
      throws IOException, SAXException {
    try {
      engine
          .parser()
          .parse(
              stream,
              new EmbeddedContentHandler(new BodyContentHandler(handler)),
              metadata,
              engine.newContext(this));
    } catch (TikaException e) {
      // The other parts of the message are still worth reading; the body's failure is recorded.
      files.add(new Unsaved("body", Reasons.describe(e, "message body")));
    }
  }

  private static boolean isMessageBody(Metadata metadata) {
    boolean multipart =
        metadata.get("Multipart-Subtype") != null || metadata.get("Multipart-Boundary") != null;
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    String disposition = metadata.get("Content-Disposition");
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return multipart
        && (name == null || name.isBlank())
        && (disposition == null
            || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment"))
        && type != null
        && BODY_TYPES.contains(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
  }

  List<EmbeddedFile> files() {
    return List.copyOf(files);
  }

  /** How many embedded files were not saved because {@code maxCount} was reached. */
  int skipped() {
    return skipped;
  }

  private String nameOf(Metadata metadata) {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name == null || name.isBlank())
      name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
    if (name == null || name.isBlank()) name = "embedded-" + (files.size() + 1);
    return EntryNames.clean(name);
  }
}
