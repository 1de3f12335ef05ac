package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Saves the files Tika finds inside a document (attachments, tar entries, embedded objects) to temporary
 * files instead of parsing them inline, so that each becomes a document of its own with its own source.
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

  private final TempFiles temp;
  private final long maxBytes;
  private final int maxCount;
  private final List<EmbeddedFile> files = new ArrayList<>();
  private int skipped;

  EmbeddedFileCollector(TempFiles temp, long maxBytes, int maxCount) {
    this.temp = temp;
    this.maxBytes = maxBytes;
    this.maxCount = maxCount;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (files.size() < maxCount) return true;
    skipped++;
    return false;
  }

  @Override
  public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws IOException {
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
      // A broken attachment must not stop the container's own text; it is reported as its own failure.
      files.add(new Unsaved(name, Reasons.describe(e, "embedded file")));
    }
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
    if (name == null || name.isBlank()) name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
    if (name == null || name.isBlank()) name = "embedded-" + (files.size() + 1);
    return EntryNames.clean(name);
  }
}
