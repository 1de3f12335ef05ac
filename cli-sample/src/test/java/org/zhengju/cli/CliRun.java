package org.zhengju.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the CLI with captured stdout and stderr. */
record CliRun(int exitCode, String stdout, String stderr) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static CliRun of(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        ZhengjuCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Stdout parsed as exactly one JSON document. */
  JsonNode json() throws IOException {
    var parser = MAPPER.createParser(stdout);
    JsonNode node = MAPPER.readTree(parser);
    if (parser.nextToken() != null)
      throw new IOException("stdout holds more than one JSON document: " + stdout);
    return node;
  }

  /** The non-blank lines of stderr. */
  java.util.List<String> errLines() {
    return stderr.lines().filter(l -> !l.isBlank()).toList();
  }
}
