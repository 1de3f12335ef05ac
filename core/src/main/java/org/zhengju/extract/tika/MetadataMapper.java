package org.zhengju.extract.tika;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.extract.DocumentNumberFinder;
import org.zhengju.extract.LanguageDetector;

/**
 * Maps Tika's metadata keys, and what the text itself shows (language, document number), onto the
 * library's {@link DocumentMetadata}. Thread-safe.
 */
final class MetadataMapper {

  private static final String PAGE_COUNT = "xmpTPg:NPages";

  /**
   * Page counts of other formats, in order of preference: Office pages, then presentation slides.
   */
  private static final String[] OTHER_PAGE_COUNTS = {"meta:page-count", "meta:slide-count"};

  /**
   * Where formats keep the issuing organisation: Office's company, HTML meta tags of Chinese news
   * sites.
   */
  private static final String[] ISSUER_KEYS = {
    "extended-properties:Company", "dc:publisher", "ContentSource", "contentsource", "source"
  };

  /** HTML meta tags of Chinese government and news sites that give the publication date. */
  private static final String[] PUBLISHED_KEYS = {
    "PubDate", "pubdate", "publishdate", "firstpublishedtime"
  };

  /** China Standard Time: a date printed without a zone on a Chinese site is Beijing time. */
  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private final LanguageDetector languages = new LanguageDetector();
  private final DocumentNumberFinder documentNumbers = new DocumentNumberFinder();

  /** The metadata of a document with Tika metadata {@code tika} and extracted text {@code text}. */
  DocumentMetadata map(Metadata tika, String text) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("extractor", "tika");
    text(tika.get(Metadata.CONTENT_ENCODING)).ifPresent(charset -> extra.put("charset", charset));
    pageCount(tika)
        .or(() -> firstInteger(tika, OTHER_PAGE_COUNTS))
        .ifPresent(pages -> extra.put("pageCount", Integer.toString(pages)));
    text(tika.get(TikaCoreProperties.LANGUAGE))
        .ifPresent(lang -> extra.put("declaredLanguage", lang));
    Optional<String> issuer = first(tika, ISSUER_KEYS);
    issuer.ifPresent(value -> extra.put("issuer", value));
    documentNumbers.find(text).ifPresent(number -> extra.put("documentNumber", number));
    Optional<String> author =
        authors(tika).or(() -> text(tika.get(Message.MESSAGE_FROM))).or(() -> issuer);
    return new DocumentMetadata(
        text(tika.get(TikaCoreProperties.TITLE)),
        author,
        date(tika, TikaCoreProperties.CREATED).or(() -> published(tika)),
        date(tika, TikaCoreProperties.MODIFIED),
        languages.detect(text),
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
    return firstInteger(tika, PAGE_COUNT);
  }

  private static Optional<Integer> firstInteger(Metadata tika, String... keys) {
    for (String key : keys) {
      Optional<String> value = text(tika.get(key));
      if (value.isEmpty()) continue;
      try {
        return Optional.of(Integer.parseInt(value.get()));
      } catch (NumberFormatException e) {
        // A broken count is no count; the next key may have a good one.
      }
    }
    return Optional.empty();
  }

  private static Optional<String> authors(Metadata tika) {
    String joined =
        Arrays.stream(tika.getValues(TikaCoreProperties.CREATOR))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .collect(Collectors.joining("; "));
    return text(joined).or(() -> first(tika, "author", "Author"));
  }

  private static Optional<Instant> published(Metadata tika) {
    Optional<String> value = first(tika, PUBLISHED_KEYS);
    if (value.isEmpty()) return Optional.empty();
    String printed = value.get().replace('/', '-');
    try {
      if (printed.length() <= 10)
        return Optional.of(LocalDate.parse(printed).atStartOfDay().toInstant(BEIJING));
      DateTimeFormatter format =
          DateTimeFormatter.ofPattern(
              printed.length() > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm");
      return Optional.of(LocalDateTime.parse(printed.replace('T', ' '), format).toInstant(BEIJING));
    } catch (DateTimeParseException e) {
      // Sites print dates in many ways; an unreadable one is left out rather than guessed.
      return Optional.empty();
    }
  }

  private static Optional<Instant> date(Metadata tika, Property property) {
    Date date = tika.getDate(property);
    return Optional.ofNullable(date).map(Date::toInstant);
  }

  private static Optional<String> first(Metadata tika, String... keys) {
    for (String key : keys) {
      Optional<String> value = text(tika.get(key));
      if (value.isPresent()) return value;
    }
    return Optional.empty();
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
