package org.zhengju.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** Writes the CLI's machine-readable output: one JSON document on stdout, nothing else. */
final class JsonOut {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOut() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static void print(PrintWriter out, JsonNode node) throws JsonProcessingException {
    out.println(MAPPER.writeValueAsString(node));
    out.flush();
  }
}
