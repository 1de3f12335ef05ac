package org.zhengju.extract.tika;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;

/** The user-facing reasons of failed and partial extractions: what happened and what to do. */
final class Reasons {

  private static final int MAX_MESSAGE = 200;

  private Reasons() {}

  static String emptyFile() {
    return "empty file (0 bytes)";
  }

  static String unsupported(String mediaType) {
    return "unsupported format (media type " + mediaType + ")";
  }

  static String tooLarge(long maxBytes) {
    return "file too large (over "
        + maxBytes
        + " bytes): raise ExtractionSettings.maxFileBytes to read it";
  }

  static String truncated(int maxCharacters) {
    return "text truncated at " + maxCharacters + " characters";
  }

  static String noTextLayer(int blank, int pages) {
    return "no text layer on " + blank + " of " + pages + " pages (scanned?); OCR is not enabled";
  }

  static String imageWithoutOcr() {
    return "image: no text layer; OCR is not enabled";
  }

  static String emptyArchive() {
    return "empty archive (no entries)";
  }

  static String tooDeep(int maxDepth) {
    return "entries not read: nested deeper than ExtractionSettings.maxEmbeddedDepth="
        + maxDepth
        + "; raise it to read them";
  }

  static String tooMany(int maxCount, int notRead) {
    return notRead
        + " embedded documents not read: limit ExtractionSettings.maxEmbeddedCount="
        + maxCount
        + " reached; raise it to read them";
  }

  /**
   * Describes why reading a document of type {@code what} failed, naming the exception so the
   * failure can be found again, and saying what the user can do.
   */
  static String describe(Throwable failure, String what) {
    if (isEncrypted(failure)) {
      return "application/pdf".equals(what)
          ? "encrypted PDF: no password"
          : "encrypted document (" + what + "): no password";
    }
    if (failure instanceof StackOverflowError) {
      return "parser ran out of stack (StackOverflowError), the file is probably malformed or deeply nested:"
          + " check that it opens in a viewer";
    }
    if (failure instanceof LinkageError) {
      return "parser could not run ("
          + brief(failure)
          + "): a parser library is missing or broken;"
          + " report this with the file";
    }
    if (failure instanceof NoSuchFileException || failure instanceof AccessDeniedException) {
      return "could not read file (" + brief(failure) + "): check that it exists and is readable";
    }
    if (failure instanceof IOException && !(failure instanceof TikaException)) {
      return "could not read "
          + what
          + " ("
          + brief(rootCause(failure))
          + "): the file may be corrupt or truncated; check that it opens in a viewer, re-download it if not";
    }
    return "corrupt or truncated "
        + what
        + " ("
        + brief(rootCause(failure))
        + "): check that it opens in a viewer; re-download or re-export it if not";
  }

  /** Joins a trimmed, single-line message to the exception's simple class name. */
  static String brief(Throwable failure) {
    String message = failure.getMessage();
    String name = failure.getClass().getSimpleName();
    if (message == null || message.isBlank()) return name;
    message = message.replaceAll("\\s+", " ").strip();
    if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
    return name + ": " + message;
  }

  private static boolean isEncrypted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof InvalidPasswordException
          || t instanceof org.apache.poi.EncryptedDocumentException) return true;
      if (t.getCause() == t) break;
    }
    return false;
  }

  /** The innermost cause: Tika wraps the parser's own exception, which says more. */
  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    int guard = 0;
    while (root.getCause() != null && root.getCause() != root && guard++ < 20)
      root = root.getCause();
    return root;
  }
}
