package org.zhengju.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one document exactly as extracted from its source file, with pages and provenance.
 *
 * <p>All offsets in the library (passages, matches, mentions, quotes) are character offsets (UTF-16
 * code units) into {@link #text()}. An embedded document (an archive entry, an attachment) is a
 * document of its own whose {@link #source()} names its container: {@code
 * archive.zip!/inner/name.pdf}.
 *
 * @param source the file's path relative to the root it was found under, {@code !/}-joined for
 *     embedded files
 * @param sha256 lowercase hex SHA-256 of the original bytes of this document
 * @param mediaType detected media type, e.g. {@code application/pdf}
 * @param text the extracted text
 * @param pages page ranges of {@code text}, in order; empty for formats without pages
 * @param metadata title, dates, language and the like
 * @param boilerplate lines of {@code text} that repeat on many pages (running headers and footers,
 *     page numbers), in order and not overlapping: they stay in {@code text}, which is the
 *     coordinate system of citations, but normalization leaves them out so they are neither tagged
 *     nor indexed; empty when none were found
 */
public record ExtractedDocument(
    String source,
    String sha256,
    String mediaType,
    String text,
    List<PageSpan> pages,
    DocumentMetadata metadata,
    List<TextSpan> boilerplate) {

  public ExtractedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    if (!sha256.matches("[0-9a-f]{64}"))
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
    pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
    Objects.requireNonNull(metadata, "metadata");
    int previousEnd = 0;
    for (PageSpan page : pages) {
      if (page.start() < previousEnd || page.end() > text.length())
        throw new IllegalArgumentException("pages must be ordered and inside the text: " + page);
      previousEnd = page.end();
    }
    boilerplate = List.copyOf(Objects.requireNonNull(boilerplate, "boilerplate"));
    int spanEnd = 0;
    for (TextSpan span : boilerplate) {
      if (span.start() < spanEnd || span.end() > text.length())
        throw new IllegalArgumentException(
            "boilerplate spans must be ordered, disjoint and inside the text: " + span);
      spanEnd = span.end();
    }
  }

  /** A document without boilerplate spans (the form this record had before they existed). */
  public ExtractedDocument(
      String source,
      String sha256,
      String mediaType,
      String text,
      List<PageSpan> pages,
      DocumentMetadata metadata) {
    this(source, sha256, mediaType, text, pages, metadata, List.of());
  }

  /** This document with {@code spans} as its boilerplate. */
  public ExtractedDocument withBoilerplate(List<TextSpan> spans) {
    return new ExtractedDocument(source, sha256, mediaType, text, pages, metadata, spans);
  }

  /**
   * The 1-based page on which the character at {@code offset} lies, or empty for formats without
   * pages.
   */
  public Optional<Integer> pageAt(int offset) {
    PageSpan found = null;
    for (PageSpan page : pages) {
      if (page.start() > offset) break;
      found = page;
    }
    return found == null
        ? (pages.isEmpty() ? Optional.empty() : Optional.of(1))
        : Optional.of(found.number());
  }
}
