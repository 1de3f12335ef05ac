package org.zhengju.extract;

import java.util.Objects;
import java.util.Optional;
import org.zhengju.document.ExtractedDocument;

/**
 * What happened to one document during extraction: its text came out (maybe partially), or it
 * failed.
 */
public sealed interface ExtractionOutcome {

  /** The document's source name. */
  String source();

  /**
   * The document's text came out.
   *
   * @param document the extracted document
   * @param partialReason why some of the text may be missing (truncated, a page that failed), if so
   */
  record Extracted(ExtractedDocument document, Optional<String> partialReason)
      implements ExtractionOutcome {
    public Extracted {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(partialReason, "partialReason");
    }

    /** A complete extraction. */
    public Extracted(ExtractedDocument document) {
      this(document, Optional.empty());
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * The document could not be read.
   *
   * @param source the document's source name
   * @param sha256 SHA-256 of its bytes when they could be read, else empty
   * @param reason what happened and what to do, e.g. {@code "encrypted PDF: no password"}
   */
  record Failed(String source, Optional<String> sha256, String reason)
      implements ExtractionOutcome {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
