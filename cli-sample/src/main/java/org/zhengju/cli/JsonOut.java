package org.zhengju.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes the CLI's machine-readable output: one UTF-8 JSON document on stdout, nothing else. */
final class JsonOut {
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private JsonOut() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void print(JsonNode node) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(MAPPER.writeValueAsString(node));
    out.flush();
  }
}
