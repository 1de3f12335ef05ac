package org.zhengju.extract.tika;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;

/**
 * Links an embedded document to its container through {@link DocumentMetadata#extra()}: {@code
 * parentSource}, and for an email attachment the email's {@code parentSubject}, {@code parentFrom}
 * and {@code parentDate}, so that an attachment can be cited as "attached to the email of … from
 * …".
 */
final class EmbeddedLinks {

  private static final Set<String> MAIL_TYPES =
      Set.of("message/rfc822", "application/vnd.ms-outlook", "application/vnd.ms-outlook-pst");

  private EmbeddedLinks() {}

  /**
   * Whether documents of {@code mediaType} are emails whose attachments carry the email's fields.
   */
  static boolean isMail(String mediaType) {
    return MAIL_TYPES.contains(mediaType);
  }

  /**
   * The email fields an attachment inherits, from the email's Tika metadata; empty values left out.
   */
  static Map<String, String> mailFields(Metadata mail) {
    Map<String, String> fields = new LinkedHashMap<>();
    first(mail, TikaCoreProperties.TITLE.getName(), "dc:subject")
        .ifPresent(subject -> fields.put("parentSubject", subject));
    first(mail, Message.MESSAGE_FROM, TikaCoreProperties.CREATOR.getName())
        .ifPresent(from -> fields.put("parentFrom", from));
    Optional.ofNullable(mail.getDate(TikaCoreProperties.CREATED))
        .ifPresent(date -> fields.put("parentDate", date.toInstant().toString()));
    return fields;
  }

  /**
   * Adds {@code fields} to the metadata of an extracted document, keeping values already there: an
   * attachment of an attachment keeps the link to its own, nearer container.
   */
  static ExtractionOutcome withFields(ExtractionOutcome outcome, Map<String, String> fields) {
    if (!(outcome instanceof Extracted extracted) || fields.isEmpty()) return outcome;
    ExtractedDocument document = extracted.document();
    DocumentMetadata metadata = document.metadata();
    Map<String, String> extra = new LinkedHashMap<>(fields);
    extra.putAll(metadata.extra());
    DocumentMetadata linked =
        new DocumentMetadata(
            metadata.title(),
            metadata.author(),
            metadata.created(),
            metadata.modified(),
            metadata.language(),
            extra);
    return new Extracted(
        new ExtractedDocument(
            document.source(),
            document.sha256(),
            document.mediaType(),
            document.text(),
            document.pages(),
            linked),
        extracted.partialReason());
  }

  /** {@code parentSource} pointing at {@code container}, plus {@code more}. */
  static Map<String, String> parent(String container, Map<String, String> more) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("parentSource", container);
    fields.putAll(more);
    return fields;
  }

  private static Optional<String> first(Metadata metadata, String... keys) {
    for (String key : keys) {
      String value = metadata.get(key);
      if (value != null && !value.isBlank()) return Optional.of(value.strip());
    }
    return Optional.empty();
  }
}
