package org.zhengju.testdata.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds ZIP containers (plain archives and OOXML packages) whose bytes do not depend on the clock.
 */
final class StableZip {
  /** One member of an archive; a name ending in '/' is a folder entry with no content. */
  record Member(String name, byte[] content) {
    Member {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("name must not be empty");
      }
      content = content == null ? new byte[0] : content.clone();
    }
  }

  private StableZip() {}

  /**
   * Writes the members in the given order, each stamped with {@code time} (stored as DOS local
   * time).
   */
  static byte[] create(List<Member> members, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Member member : members) {
        ZipEntry entry = new ZipEntry(member.name());
        // setTimeLocal writes only the DOS field: no extended timestamp, no time-zone dependence
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(member.content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * Re-packs an existing ZIP (e.g. POI's output, which stamps entries with the current time) with
   * fixed times.
   */
  static byte[] restamp(byte[] zipBytes, LocalDateTime time) throws IOException {
    List<Member> members = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        members.add(new Member(entry.getName(), in.readAllBytes()));
      }
    }
    return create(members, time);
  }
}
