package org.zhengju.extract.tika;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;
import org.zhengju.extract.ExtractionSettings;

/**
 * One call of {@link TikaTextExtractor#extract}: the outcomes gathered so far, the
 * embedded-document count and the temporary files. Confined to the calling thread.
 */
final class ExtractionRun implements AutoCloseable {

  private static final Set<String> ZIP_TYPES =
      Set.of("application/zip", "application/x-zip-compressed");

  /**
   * Containers whose embedded images are documents in their own right; elsewhere an image is
   * decoration.
   */
  private static final Set<String> ARCHIVE_TYPES =
      Set.of(
          "application/x-tar",
          "application/gzip",
          "application/x-gzip",
          "application/x-bzip2",
          "application/x-7z-compressed",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/x-xz",
          "application/x-compress",
          "application/zstd",
          "application/x-lzma",
          "application/x-gtar",
          "application/x-cpio",
          "application/x-archive");

  private final TikaEngine engine;
  private final ExtractionSettings settings;
  private final TikaDocumentReader reader;
  private final Optional<OcrPass> ocr;
  private final TempFiles temp = new TempFiles();
  private final List<ExtractionOutcome> outcomes = new ArrayList<>();
  private int embeddedCount;

  ExtractionRun(TikaEngine engine, ExtractionSettings settings, Optional<OcrPass> ocr) {
    this.engine = engine;
    this.settings = settings;
    this.ocr = ocr;
    this.reader = new TikaDocumentReader(engine, settings);
  }

  List<ExtractionOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  ExtractionSettings settings() {
    return settings;
  }

  TempFiles temp() {
    return temp;
  }

  void add(ExtractionOutcome outcome) {
    outcomes.add(outcome);
  }

  /** How many outcomes the run holds so far; marks where a container's entries start. */
  int outcomeCount() {
    return outcomes.size();
  }

  /** Rewrites the outcomes added since {@code from}, e.g. to link a container's entries to it. */
  void updateSince(int from, java.util.function.UnaryOperator<ExtractionOutcome> update) {
    for (int i = from; i < outcomes.size(); i++) outcomes.set(i, update.apply(outcomes.get(i)));
  }

  /** Takes one slot of the embedded-document budget, or returns false when it is spent. */
  boolean claimEmbedded() {
    if (embeddedCount >= settings.maxEmbeddedCount()) return false;
    embeddedCount++;
    return true;
  }

  /**
   * Copies one entry of a container to a temporary file (bounded by the file-size limit), extracts
   * it at {@code depth} and deletes the copy; an entry over the limit becomes a {@link Failed}.
   */
  void extractEntry(java.io.InputStream in, String source, int depth) throws IOException {
    TempFiles.Copy copy = temp.copy(in, settings.maxFileBytes());
    try {
      if (copy.tooLarge())
        add(new Failed(source, Optional.empty(), Reasons.tooLarge(settings.maxFileBytes())));
      else extract(copy.file(), source, depth, true);
    } finally {
      temp.delete(copy.file());
    }
  }

  /**
   * Extracts {@code file} at nesting {@code depth} (0 for the file the caller gave) and adds its
   * outcomes. Never throws for a bad file: a parser crash that leaves the JVM usable becomes a
   * {@link Failed}.
   */
  void extract(Path file, String source, int depth, boolean imagesAreDocuments) {
    Optional<String> sha = Optional.empty();
    try {
      long size = Files.size(file);
      if (size == 0) {
        sha = Optional.of(TempFiles.sha256(file));
        add(new Failed(source, sha, Reasons.emptyFile()));
        return;
      }
      if (size > settings.maxFileBytes()) {
        add(new Failed(source, sha, Reasons.tooLarge(settings.maxFileBytes())));
        return;
      }
      sha = Optional.of(TempFiles.sha256(file));
      MediaType type = engine.detect(file, EntryNames.fileName(source));
      if (!imagesAreDocuments && "image".equals(type.getType())) return;
      if (ZIP_TYPES.contains(type.toString())) {
        new ZipWalker(this).walk(file, source, sha.get(), depth);
      } else if (SevenZipWalker.TYPE.equals(type.toString())) {
        new SevenZipWalker(this).walk(file, source, sha.get(), depth);
      } else if (WarcWalker.isWarc(type.toString(), source)) {
        new WarcWalker(this).walk(file, source, sha.get(), depth);
      } else if (!engine.supports(type)) {
        add(new Failed(source, sha, Reasons.unsupported(type.toString())));
      } else {
        parse(file, source, sha.get(), type.toString(), depth);
      }
    } catch (Exception | StackOverflowError | LinkageError e) {
      add(new Failed(source, sha, Reasons.describe(e, "file")));
    }
  }

  private void parse(Path file, String source, String sha, String detectedType, int depth) {
    TikaDocumentReader.Parsed parsed = reader.read(file, EntryNames.fileName(source), temp);
    String mediaType = MetadataMapper.mediaType(parsed.metadata()).orElse(detectedType);
    TextCollectingHandler handler = parsed.text();
    String text = handler.text();
    List<PageSpan> pages = List.of();
    int repairedPages = 0;
    if ("application/pdf".equals(mediaType)) {
      GbkMojibakeRepair.Result repaired = GbkMojibakeRepair.repairPages(text, handler.pages());
      text = repaired.text();
      pages = repaired.pages();
      repairedPages = repaired.repairedPages();
    }
    List<String> partial = new ArrayList<>();
    if (handler.truncated()) partial.add(Reasons.truncated(settings.maxCharacters()));
    Map<String, String> provenance = new LinkedHashMap<>();
    if (ocr.isPresent()) {
      if (parsed.failure().isEmpty()) {
        Optional<OcrPass.Result> recognized = ocr.get().apply(file, mediaType, text, pages);
        if (recognized.isPresent()) {
          text = recognized.get().text();
          pages = recognized.get().pages();
          provenance.putAll(recognized.get().provenance());
          partial.addAll(recognized.get().partialReasons());
        }
      }
    } else {
      if (!pages.isEmpty() && !handler.blankPages().isEmpty()) {
        int declared = MetadataMapper.pageCount(parsed.metadata()).orElse(pages.size());
        partial.add(
            Reasons.noTextLayer(handler.blankPages().size(), Math.max(declared, pages.size())));
      }
      if (mediaType.startsWith("image/") && text.isBlank()) {
        partial.add(Reasons.imageWithoutOcr());
      }
    }
    if (repairedPages > 0) {
      // Said in the metadata so a reader who compares a quote with the PDF's own copy-paste knows
      // why.
      provenance.put("gbkFontRepairedPages", Integer.toString(repairedPages));
    }
    if (handler.columnFailures() > 0) {
      // These pages keep stream order, which may interleave two columns: the reader should know.
      provenance.put("columnLayoutFailedPages", Integer.toString(handler.columnFailures()));
    }
    List<EmbeddedFileCollector.EmbeddedFile> embedded = parsed.embedded();
    boolean isArchive = ARCHIVE_TYPES.contains(mediaType);
    if (parsed.failure().isPresent()) {
      String reason = Reasons.describe(parsed.failure().get(), mediaType);
      if (text.isBlank()) {
        add(new Failed(source, Optional.of(sha), reason));
      } else {
        partial.add("text incomplete: " + reason);
        addDocument(source, sha, mediaType, text, pages, parsed, partial, provenance);
      }
    } else if (!(isArchive && text.isBlank() && !embedded.isEmpty())) {
      // An archive's own "text" is its list of entry names; its entries are the documents.
      addDocument(source, sha, mediaType, text, pages, parsed, partial, provenance);
    }
    int firstEmbedded = outcomeCount();
    extractEmbedded(source, embedded, parsed.embeddedNotSaved(), depth, isArchive);
    Map<String, String> link =
        EmbeddedLinks.parent(
            source,
            EmbeddedLinks.isMail(mediaType)
                ? EmbeddedLinks.mailFields(parsed.metadata())
                : Map.of());
    updateSince(firstEmbedded, outcome -> EmbeddedLinks.withFields(outcome, link));
  }

  private void addDocument(
      String source,
      String sha,
      String mediaType,
      String text,
      List<PageSpan> pages,
      TikaDocumentReader.Parsed parsed,
      List<String> partial,
      Map<String, String> provenance) {
    DocumentMetadata metadata = engine.metadataMapper().map(parsed.metadata(), text);
    if (!provenance.isEmpty()) {
      Map<String, String> extra = new LinkedHashMap<>(metadata.extra());
      extra.putAll(provenance);
      metadata =
          new DocumentMetadata(
              metadata.title(),
              metadata.author(),
              metadata.created(),
              metadata.modified(),
              metadata.language(),
              extra);
    }
    ExtractedDocument document =
        new ExtractedDocument(
            source, sha, mediaType, text, pages, metadata, BoilerplateLines.find(text, pages));
    add(
        new Extracted(
            document,
            partial.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", partial))));
  }

  private void extractEmbedded(
      String container,
      List<EmbeddedFileCollector.EmbeddedFile> embedded,
      int notSaved,
      int depth,
      boolean imagesAreDocuments) {
    int notRead = notSaved;
    boolean tooDeep = false;
    for (EmbeddedFileCollector.EmbeddedFile file : embedded) {
      String source = container + "!/" + file.name();
      if (file instanceof EmbeddedFileCollector.Unsaved unsaved) {
        add(new Failed(source, Optional.empty(), unsaved.reason()));
        continue;
      }
      Path saved = ((EmbeddedFileCollector.Saved) file).file();
      try {
        if (depth + 1 > settings.maxEmbeddedDepth()) tooDeep = true;
        else if (!claimEmbedded()) notRead++;
        else extract(saved, source, depth + 1, imagesAreDocuments);
      } finally {
        temp.delete(saved);
      }
    }
    if (tooDeep)
      add(new Failed(container, Optional.empty(), Reasons.tooDeep(settings.maxEmbeddedDepth())));
    if (notRead > 0) {
      add(
          new Failed(
              container, Optional.empty(), Reasons.tooMany(settings.maxEmbeddedCount(), notRead)));
    }
  }

  @Override
  public void close() {
    temp.close();
  }
}
