package org.zhengju.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns one source file into the documents it holds: one for a plain file, one per entry for an
 * archive or per attachment for an email (plus the container's own text, if any).
 *
 * <p>An extractor never throws for a bad file: every problem becomes a {@link
 * ExtractionOutcome.Failed} or a partial {@link ExtractionOutcome.Extracted} carrying a reason a
 * user can act on. Implementations may hold pools or processes; whoever creates an extractor closes
 * it.
 */
public interface TextExtractor extends AutoCloseable {

  /**
   * Extracts {@code file}.
   *
   * @param file the file to read
   * @param source the name to record as its source (a path relative to the root it was found under)
   * @return at least one outcome; the outcomes of embedded files have sources {@code source + "!/"
   *     + entry}
   */
  List<ExtractionOutcome> extract(Path file, String source);

  /** A short stable name for logs and provenance, e.g. {@code tika}. */
  String name();

  @Override
  default void close() {}
}
