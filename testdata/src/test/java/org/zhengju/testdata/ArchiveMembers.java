package org.zhengju.testdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Lists the entries of a ZIP held in memory. */
final class ArchiveMembers {
  private ArchiveMembers() {}

  /** All entry names, folders included (they end in '/'). */
  static List<String> names(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  /** File entry names only. */
  static List<String> fileNames(byte[] zip) throws IOException {
    return names(zip).stream().filter(n -> !n.endsWith("/")).toList();
  }
}
