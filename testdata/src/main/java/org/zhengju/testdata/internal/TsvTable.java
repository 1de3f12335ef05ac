package org.zhengju.testdata.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a gold TSV file: UTF-8, a header line, one record per line, tab-separated; blank lines and
 * lines starting with '#' are comments. Every record must have exactly as many fields as the
 * header.
 */
public final class TsvTable {
  private TsvTable() {}

  /** One parsed record with its 1-based line number (for error messages). */
  public record Row(int line, List<String> fields) {
    /** Compact constructor: copies the fields. */
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field at {@code index}. */
    public String get(int index) {
      return fields.get(index);
    }
  }

  /** Reads {@code file}, checking that the header equals {@code expectedHeader}. */
  public static List<Row> read(Path file, List<String> expectedHeader) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Arrays.asList(line.split("\t", -1));
      if (!headerSeen) {
        if (!fields.equals(expectedHeader)) {
          throw new IOException(
              file + ":" + (i + 1) + ": header must be " + expectedHeader + " but was " + fields);
        }
        headerSeen = true;
        continue;
      }
      if (fields.size() != expectedHeader.size()) {
        throw new IOException(
            file
                + ":"
                + (i + 1)
                + ": expected "
                + expectedHeader.size()
                + " tab-separated fields"
                + " but found "
                + fields.size());
      }
      rows.add(new Row(i + 1, fields));
    }
    if (!headerSeen) {
      throw new IOException(file + ": no header line " + expectedHeader);
    }
    return List.copyOf(rows);
  }

  /** Splits a list field ('|'-separated, empty for none). */
  public static List<String> list(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::strip).toList();
  }
}
