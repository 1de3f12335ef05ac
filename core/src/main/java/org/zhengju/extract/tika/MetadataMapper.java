package org.zhengju.extract.tika;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.zhengju.document.DocumentMetadata;

/** Maps Tika's metadata keys onto the library's {@link DocumentMetadata}. */
final class MetadataMapper {

  private static final String PAGE_COUNT = "xmpTPg:NPages";

  private MetadataMapper() {}

  static DocumentMetadata map(Metadata tika) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("extractor", "tika");
    text(tika.get(Metadata.CONTENT_ENCODING)).ifPresent(charset -> extra.put("charset", charset));
    text(tika.get(PAGE_COUNT)).ifPresent(pages -> extra.put("pageCount", pages));
    text(tika.get(TikaCoreProperties.LANGUAGE)).ifPresent(lang -> extra.put("declaredLanguage", lang));
    return new DocumentMetadata(
        text(tika.get(TikaCoreProperties.TITLE)),
        authors(tika),
        date(tika, TikaCoreProperties.CREATED),
        date(tika, TikaCoreProperties.MODIFIED),
        Optional.empty(),
        extra);
  }

  /** The media type Tika parsed the document as, without parameters such as charset. */
  static Optional<String> mediaType(Metadata tika) {
    return text(tika.get(Metadata.CONTENT_TYPE))
        .map(MediaType::parse)
        .map(type -> type == null ? null : type.getBaseType().toString());
  }

  /** The page count the document declares, if any. */
  static Optional<Integer> pageCount(Metadata tika) {
    try {
      return text(tika.get(PAGE_COUNT)).map(Integer::parseInt);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> authors(Metadata tika) {
    String joined =
        Arrays.stream(tika.getValues(TikaCoreProperties.CREATOR))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .collect(Collectors.joining("; "));
    return text(joined);
  }

  private static Optional<Instant> date(Metadata tika, Property property) {
    Date date = tika.getDate(property);
    return Optional.ofNullable(date).map(Date::toInstant);
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
