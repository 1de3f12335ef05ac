package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The temporary files of one extraction call: embedded entries are copied here so Tika can read
 * them with random access and so each is hashed on its own bytes. Closing deletes them all.
 */
final class TempFiles implements AutoCloseable {

  /**
   * A copied stream: its file, the SHA-256 of the bytes copied, and whether it was cut at the
   * limit.
   */
  record Copy(Path file, String sha256, boolean tooLarge) {}

  private Path directory;

  /**
   * Copies at most {@code maxBytes} of {@code in} to a new file; {@code tooLarge} if more remained.
   */
  Copy copy(InputStream in, long maxBytes) throws IOException {
    if (directory == null) directory = Files.createTempDirectory("zhengju-extract-");
    Path file = Files.createTempFile(directory, "entry-", ".bin");
    MessageDigest digest = sha256Digest();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    boolean tooLarge = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (total + n > maxBytes) {
          tooLarge = true;
          break;
        }
        out.write(buffer, 0, n);
        digest.update(buffer, 0, n);
        total += n;
      }
    }
    return new Copy(file, HexFormat.of().formatHex(digest.digest()), tooLarge);
  }

  /** Deletes one temporary file now, so a large archive does not fill the disk. */
  void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left for close() to retry; nothing the user can act on.
      file.toFile().deleteOnExit();
    }
  }

  @Override
  public void close() {
    if (directory == null) return;
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(this::delete);
    } catch (IOException | UncheckedIOException e) {
      directory.toFile().deleteOnExit();
    }
  }

  /** The lowercase hex SHA-256 of the file's bytes. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256Digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this cannot happen.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
