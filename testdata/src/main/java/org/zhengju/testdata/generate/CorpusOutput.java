package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes generated documents below the corpus root, refusing paths that would escape it, and, when
 * a ground-truth folder is given, the known text of documents whose text cannot be read back from
 * their bytes (scans).
 */
final class CorpusOutput {
  private final Path root;
  private final Optional<Path> groundTruth;

  CorpusOutput(Path root) {
    this(root, Optional.empty());
  }

  CorpusOutput(Path root, Optional<Path> groundTruth) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.groundTruth =
        Objects.requireNonNull(groundTruth, "groundTruth").map(p -> p.toAbsolutePath().normalize());
  }

  /**
   * Writes the known text of the corpus document {@code relative} to {@code
   * <groundTruth>/<relative>.txt} (UTF-8), or does nothing when no ground-truth folder was given.
   */
  void writeGroundTruth(String relative, String text) throws IOException {
    if (groundTruth.isEmpty()) return;
    Path target = groundTruth.get().resolve(relative + ".txt").normalize();
    if (!target.startsWith(groundTruth.get())) {
      throw new IllegalArgumentException(
          "relative path escapes the ground-truth root: " + relative);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, encodeStrictly(text, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} to {@code relative} (a '/'-separated path below the root), creating
   * folders.
   */
  void write(String relative, byte[] bytes) throws IOException {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IllegalArgumentException("relative path escapes the corpus root: " + relative);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
  }

  /**
   * Writes text in the given charset, failing if any character cannot be encoded (no silent '?').
   */
  void writeText(String relative, String text, Charset charset) throws IOException {
    try {
      write(relative, encodeStrictly(text, charset));
    } catch (CharacterCodingException e) {
      CharsetEncoder probe = charset.newEncoder();
      String offending =
          text.codePoints()
              .filter(cp -> !probe.canEncode(new String(Character.toChars(cp))))
              .mapToObj(cp -> new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp))
              .distinct()
              .collect(Collectors.joining(", "));
      throw new IOException(relative + ": not encodable in " + charset + ": " + offending, e);
    }
  }

  /** Encodes {@code text}, throwing instead of substituting unmappable characters. */
  static byte[] encodeStrictly(String text, Charset charset) throws CharacterCodingException {
    ByteBuffer buffer =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
