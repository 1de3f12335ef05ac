package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.zhengju.extract.ExtractionOutcome.Failed;

/**
 * Reads a 7z archive entry by entry, so each entry becomes a document with source {@code
 * a.7z!/name}, hashed on its own bytes, within the run's depth, count and size limits.
 *
 * <p>Done here rather than by Tika's package parser because that parser fails on the whole archive
 * when an entry has no modification time (commons-compress then throws instead of returning null),
 * which archives written by libraries and some tools do. Decompression memory is capped so a
 * crafted dictionary size cannot exhaust the heap; entries after a broken one are not reachable (7z
 * streams are solid).
 */
final class SevenZipWalker {

  /** The media type Tika detects for 7z archives. */
  static final String TYPE = "application/x-7z-compressed";

  /** LZMA dictionaries above this are refused: 7-Zip's "ultra" setting uses 64 MiB. */
  private static final int MAX_MEMORY_KIB = 128 * 1024;

  private final ExtractionRun run;

  SevenZipWalker(ExtractionRun run) {
    this.run = run;
  }

  /** Adds the outcomes of the entries of {@code archive}, found at nesting {@code depth}. */
  void walk(Path archive, String source, String sha, int depth) {
    int maxDepth = run.settings().maxEmbeddedDepth();
    int found = 0;
    int notRead = 0;
    try (SevenZFile sevenZ =
        SevenZFile.builder()
            .setPath(archive)
            .setMaxMemoryLimitKiB(MAX_MEMORY_KIB)
            .setDefaultName(EntryNames.fileName(source).replaceFirst("(?i)\\.7z$", ""))
            .setUseDefaultNameForUnnamedEntries(true)
            .get()) {
      SevenZArchiveEntry entry;
      while ((entry = sevenZ.getNextEntry()) != null) {
        if (entry.isDirectory() || entry.isAntiItem()) continue;
        if (depth + 1 > maxDepth) {
          run.add(new Failed(source, Optional.of(sha), Reasons.tooDeep(maxDepth)));
          return;
        }
        found++;
        if (!run.claimEmbedded()) {
          notRead++;
          continue;
        }
        String entrySource = source + "!/" + EntryNames.clean(entry.getName());
        int first = run.outcomeCount();
        try {
          run.extractEntry(new EntryStream(sevenZ), entrySource, depth + 1);
        } catch (IOException | RuntimeException e) {
          run.add(new Failed(entrySource, Optional.empty(), describe(e, "7z entry")));
          break; // in a solid archive the entries after a broken one cannot be reached
        } finally {
          Map<String, String> link = EmbeddedLinks.parent(source, Map.of());
          run.updateSince(first, outcome -> EmbeddedLinks.withFields(outcome, link));
        }
      }
      if (found == 0) run.add(new Failed(source, Optional.of(sha), Reasons.emptyArchive()));
    } catch (IOException | RuntimeException e) {
      run.add(new Failed(source, Optional.of(sha), describe(e, "7z archive")));
    } finally {
      if (notRead > 0) {
        run.add(
            new Failed(
                source,
                Optional.of(sha),
                Reasons.tooMany(run.settings().maxEmbeddedCount(), notRead)));
      }
    }
  }

  private static String describe(Exception e, String what) {
    if (e instanceof PasswordRequiredException) return "encrypted " + what + ": no password";
    if (e instanceof org.apache.commons.compress.MemoryLimitException) {
      return what
          + " needs more memory to unpack than the limit of "
          + MAX_MEMORY_KIB / 1024
          + " MiB ("
          + Reasons.brief(e)
          + "): unpack it with another tool";
    }
    return "corrupt or truncated "
        + what
        + " ("
        + Reasons.brief(e)
        + "): check that it opens in 7-Zip; re-download it if not";
  }

  /** The current entry of a 7z file as a stream; closing it does not close the archive. */
  private static final class EntryStream extends InputStream {
    private final SevenZFile sevenZ;

    EntryStream(SevenZFile sevenZ) {
      this.sevenZ = sevenZ;
    }

    @Override
    public int read() throws IOException {
      return sevenZ.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return sevenZ.read(buffer, offset, length);
    }
  }
}
