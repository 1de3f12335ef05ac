package org.zhengju.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.testdata.internal.TsvTable;

/**
 * Locates the bundled test corpus ({@code testdata/corpus}) and its gold annotations ({@code
 * testdata/gold}), and loads the gold tables as records.
 *
 * <p>The corpus is found through the system property {@value #ROOT_PROPERTY} (the corpus folder
 * itself) or else by walking up from the working directory until a {@code testdata/corpus} folder
 * appears, which works from any module of the repository.
 */
public final class TestCorpus {
  /** System property naming the corpus folder explicitly. */
  public static final String ROOT_PROPERTY = "zhengju.testdata";

  /**
   * Separator between an archive's path and a member's path in a source name, as in the CLI's JSON.
   */
  public static final String ARCHIVE_SEPARATOR = "!/";

  private TestCorpus() {}

  /** The corpus folder (what a newcomer ingests). */
  public static Path root() {
    String property = System.getProperty(ROOT_PROPERTY);
    if (property != null && !property.isBlank()) {
      Path explicit = Path.of(property).toAbsolutePath().normalize();
      if (!Files.isDirectory(explicit)) {
        throw new IllegalStateException(
            "system property " + ROOT_PROPERTY + " names " + explicit + ", which is not a folder");
      }
      return explicit;
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("testdata").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "test corpus not found: no testdata/corpus folder in "
            + start
            + " or any parent; run from inside the Zhengju repository or set -D"
            + ROOT_PROPERTY
            + "=<corpus folder>");
  }

  /** A gold file by name, e.g. {@code gold("links.tsv")}; it must exist. */
  public static Path gold(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("name must be a plain file name: " + name);
    }
    Path file = root().resolveSibling("gold").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("gold file not found: " + file);
    }
    return file;
  }

  /**
   * The file on disk holding {@code source}: the source itself, or for an archive member ({@code
   * archive.zip!/inner/name}) the archive.
   */
  public static Path file(String source) {
    Objects.requireNonNull(source, "source");
    return root().resolve(archivePart(source));
  }

  /** The member path inside the archive for an archive source, or empty for a plain file. */
  public static Optional<String> member(String source) {
    int at = source.indexOf(ARCHIVE_SEPARATOR);
    return at < 0
        ? Optional.empty()
        : Optional.of(source.substring(at + ARCHIVE_SEPARATOR.length()));
  }

  /**
   * The known text of {@code source} in reading order, from {@code
   * testdata/groundtruth/<source>.txt}, if the generator wrote one: the strings it laid out, one
   * line each, for every generated PDF (for scans, what a perfect OCR would read). It serves as the
   * reference when measuring extraction and OCR accuracy.
   */
  public static Optional<String> groundTruth(String source) throws IOException {
    Objects.requireNonNull(source, "source");
    Path file = root().resolveSibling("groundtruth").resolve(source + ".txt").normalize();
    if (!file.startsWith(root().resolveSibling("groundtruth")) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Expected evidence ({@code links.tsv}). */
  public static List<GoldLink> links() throws IOException {
    List<GoldLink> links = new ArrayList<>();
    for (TsvTable.Row r :
        TsvTable.read(
            gold("links.tsv"), List.of("company", "grade", "source", "quote_fragment", "note"))) {
      links.add(new GoldLink(r.get(0), grade(r), r.get(2), r.get(3), r.get(4)));
    }
    return List.copyOf(links);
  }

  /** Companies that must not be graded A–C ({@code nonlinks.tsv}). */
  public static List<GoldNonLink> nonLinks() throws IOException {
    return TsvTable.read(gold("nonlinks.tsv"), List.of("company", "source", "reason")).stream()
        .map(r -> new GoldNonLink(r.get(0), r.get(1), r.get(2)))
        .toList();
  }

  /** Aliases that must resolve to a legal name ({@code aliases.tsv}). */
  public static List<GoldAlias> aliases() throws IOException {
    return TsvTable.read(gold("aliases.tsv"), List.of("company", "alias", "source")).stream()
        .map(r -> new GoldAlias(r.get(0), r.get(1), r.get(2)))
        .toList();
  }

  /** Search queries with expected and excluded sources ({@code queries.tsv}). */
  public static List<GoldQuery> queries() throws IOException {
    return TsvTable.read(gold("queries.tsv"), List.of("query", "expected", "excluded", "note"))
        .stream()
        .map(
            r ->
                new GoldQuery(r.get(0), TsvTable.list(r.get(1)), TsvTable.list(r.get(2)), r.get(3)))
        .toList();
  }

  /** Company mentions per document, one per distinct surface ({@code mentions.tsv}). */
  public static List<GoldMention> mentions() throws IOException {
    return TsvTable.read(gold("mentions.tsv"), List.of("source", "surface", "company", "note"))
        .stream()
        .map(r -> new GoldMention(r.get(0), r.get(1), r.get(2), r.get(3)))
        .toList();
  }

  private static String archivePart(String source) {
    int at = source.indexOf(ARCHIVE_SEPARATOR);
    return at < 0 ? source : source.substring(0, at);
  }

  private static GoldGrade grade(TsvTable.Row row) throws IOException {
    try {
      return GoldGrade.valueOf(row.get(1));
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "links.tsv:" + row.line() + ": grade must be one of A-E but was '" + row.get(1) + "'", e);
    }
  }
}
