package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.zhengju.extract.ExtractionOutcome.Failed;

/**
 * Reads a zip archive entry by entry, so each entry becomes a document with source {@code a.zip!/name},
 * hashed on its own bytes, within the run's depth, count and size limits.
 *
 * <p>Done here rather than by Tika's package parser to control entry names (GBK names without the UTF-8
 * flag are common in Chinese archives), per-entry hashes and limits.
 */
final class ZipWalker {

  private final ExtractionRun run;

  ZipWalker(ExtractionRun run) {
    this.run = run;
  }

  /** Adds the outcomes of the entries of {@code zip}, found at nesting {@code depth}. */
  void walk(Path zip, String source, String sha, int depth) throws IOException {
    int maxDepth = run.settings().maxEmbeddedDepth();
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      List<ZipArchiveEntry> entries =
          Collections.list(archive.getEntries()).stream().filter(e -> !e.isDirectory()).toList();
      if (entries.isEmpty()) {
        run.add(new Failed(source, Optional.of(sha), Reasons.emptyArchive()));
        return;
      }
      if (depth + 1 > maxDepth) {
        run.add(new Failed(source, Optional.of(sha), Reasons.tooDeep(maxDepth)));
        return;
      }
      int notRead = 0;
      for (ZipArchiveEntry entry : entries) {
        String entrySource = source + "!/" + EntryNames.clean(EntryNames.decode(entry.getRawName(), utf8(entry)));
        if (!run.claimEmbedded()) {
          notRead++;
          continue;
        }
        readEntry(archive, entry, entrySource, depth + 1);
      }
      if (notRead > 0) {
        run.add(
            new Failed(source, Optional.of(sha), Reasons.tooMany(run.settings().maxEmbeddedCount(), notRead)));
      }
    } catch (IOException e) {
      run.add(new Failed(source, Optional.of(sha), Reasons.describe(e, "zip archive")));
    }
  }

  private void readEntry(ZipFile archive, ZipArchiveEntry entry, String source, int depth) {
    if (!archive.canReadEntryData(entry)) {
      run.add(
          new Failed(
              source,
              Optional.empty(),
              "cannot read zip entry (encrypted, or compression method "
                  + entry.getMethod()
                  + " not supported): unpack it with another tool"));
      return;
    }
    TempFiles.Copy copy;
    try (InputStream in = archive.getInputStream(entry)) {
      copy = run.temp().copy(in, run.settings().maxFileBytes());
    } catch (IOException | RuntimeException e) {
      run.add(new Failed(source, Optional.empty(), Reasons.describe(e, "zip entry")));
      return;
    }
    try {
      if (copy.tooLarge()) {
        run.add(new Failed(source, Optional.empty(), Reasons.tooLarge(run.settings().maxFileBytes())));
      } else {
        run.extract(copy.file(), source, depth, true);
      }
    } finally {
      run.temp().delete(copy.file());
    }
  }

  private static boolean utf8(ZipArchiveEntry entry) {
    return entry.getGeneralPurposeBit().usesUTF8ForNames();
  }
}
