package org.zhengju.document;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a document says about itself that matters for citation: title, author or issuer, dates,
 * language.
 *
 * @param title the document's title, if it has one
 * @param author author or issuing body, if recorded
 * @param created creation date, if recorded
 * @param modified last modification date, if recorded
 * @param language BCP-47 language tag (zh-Hans, zh-Hant, en, ug), if detected
 * @param extra further metadata (document number, URL, capture time, OCR engine …), keys in
 *     lowerCamelCase
 */
public record DocumentMetadata(
    Optional<String> title,
    Optional<String> author,
    Optional<Instant> created,
    Optional<Instant> modified,
    Optional<String> language,
    Map<String, String> extra) {

  /** Metadata with nothing known. */
  public static final DocumentMetadata EMPTY =
      new DocumentMetadata(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of());

  public DocumentMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(language, "language");
    extra = Map.copyOf(Objects.requireNonNull(extra, "extra"));
  }
}
