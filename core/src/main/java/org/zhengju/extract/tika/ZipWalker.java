package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.zhengju.extract.ExtractionOutcome.Failed;

/**
 * Reads a zip archive entry by entry, so each entry becomes a document with source {@code
 * a.zip!/name}, hashed on its own bytes, within the run's depth, count and size limits.
 *
 * <p>Done here rather than by Tika's package parser to control entry names (GBK names without the
 * UTF-8 flag are common in Chinese archives), per-entry hashes and limits. The central directory is
 * read first; when it is missing or broken (a truncated download), the local entries are read in
 * file order instead.
 */
final class ZipWalker {

  private final ExtractionRun run;

  ZipWalker(ExtractionRun run) {
    this.run = run;
  }

  /** Adds the outcomes of the entries of {@code zip}, found at nesting {@code depth}. */
  void walk(Path zip, String source, String sha, int depth) throws IOException {
    int maxDepth = run.settings().maxEmbeddedDepth();
    String problem;
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      List<ZipArchiveEntry> entries =
          Collections.list(archive.getEntries()).stream().filter(e -> !e.isDirectory()).toList();
      if (!entries.isEmpty()) {
        if (depth + 1 > maxDepth) {
          run.add(new Failed(source, Optional.of(sha), Reasons.tooDeep(maxDepth)));
          return;
        }
        int notRead = 0;
        for (ZipArchiveEntry entry : entries) {
          if (!run.claimEmbedded()) {
            notRead++;
            continue;
          }
          String entrySource = entrySource(source, entry);
          if (!archive.canReadEntryData(entry)) {
            run.add(new Failed(entrySource, Optional.empty(), unreadable(entry)));
            continue;
          }
          try (InputStream in = archive.getInputStream(entry)) {
            readEntry(in, source, entrySource, depth + 1);
          } catch (IOException | RuntimeException e) {
            run.add(new Failed(entrySource, Optional.empty(), Reasons.describe(e, "zip entry")));
          }
        }
        reportNotRead(source, sha, notRead);
        return;
      }
      problem = Reasons.emptyArchive();
    } catch (IOException e) {
      problem = Reasons.describe(e, "zip archive");
    }
    if (!walkLocalEntries(zip, source, sha, depth))
      run.add(new Failed(source, Optional.of(sha), problem));
  }

  /** Reads the entries in file order, without the central directory; false if none was found. */
  private boolean walkLocalEntries(Path zip, String source, String sha, int depth) {
    boolean found = false;
    int notRead = 0;
    try (ZipArchiveInputStream in =
        new ZipArchiveInputStream(Files.newInputStream(zip), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) continue;
        if (!found && depth + 1 > run.settings().maxEmbeddedDepth()) {
          run.add(
              new Failed(
                  source, Optional.of(sha), Reasons.tooDeep(run.settings().maxEmbeddedDepth())));
          return true;
        }
        found = true;
        if (!run.claimEmbedded()) {
          notRead++;
          continue;
        }
        String entrySource = entrySource(source, entry);
        if (!in.canReadEntryData(entry)) {
          run.add(new Failed(entrySource, Optional.empty(), unreadable(entry)));
          continue;
        }
        try {
          readEntry(in, source, entrySource, depth + 1);
        } catch (IOException | RuntimeException e) {
          run.add(new Failed(entrySource, Optional.empty(), Reasons.describe(e, "zip entry")));
          break; // the stream position is lost after a broken entry
        }
      }
    } catch (IOException | RuntimeException e) {
      // The entries read so far keep their outcomes; the archive's own failure is reported by the
      // caller
      // when nothing was found, otherwise here.
      if (found) run.add(new Failed(source, Optional.of(sha), Reasons.describe(e, "zip archive")));
    }
    reportNotRead(source, sha, notRead);
    return found;
  }

  private void readEntry(InputStream in, String container, String source, int depth)
      throws IOException {
    int first = run.outcomeCount();
    try {
      run.extractEntry(in, source, depth);
    } finally {
      Map<String, String> link = EmbeddedLinks.parent(container, Map.of());
      run.updateSince(first, outcome -> EmbeddedLinks.withFields(outcome, link));
    }
  }

  private void reportNotRead(String source, String sha, int notRead) {
    if (notRead > 0) {
      run.add(
          new Failed(
              source,
              Optional.of(sha),
              Reasons.tooMany(run.settings().maxEmbeddedCount(), notRead)));
    }
  }

  private static String entrySource(String container, ZipArchiveEntry entry) {
    boolean utf8 = entry.getGeneralPurposeBit().usesUTF8ForNames();
    return container + "!/" + EntryNames.clean(EntryNames.decode(entry.getRawName(), utf8));
  }

  private static String unreadable(ZipArchiveEntry entry) {
    return "cannot read zip entry (encrypted, or compression method "
        + entry.getMethod()
        + " not supported): unpack it with another tool";
  }
}
