package org.zhengju.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a dossier as one JSON document: the company (contract shape), provenance of the dossier
 * itself, and the method and limitations a reviewer must read before relying on it.
 */
public final class JsonDossierWriter implements DossierWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(Dossier dossier, OutputStream out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.set("company", EvidenceJson.company(dossier.company()));
    ObjectNode generated = root.putObject("generated");
    generated.put("at", dossier.generatedAt().toString());
    generated.put("tool", "zhengju " + dossier.toolVersion());
    ObjectNode method = root.putObject("method");
    method.put(
        "matching",
        "Lexicon terms matched on NFKC-normalized, traditional-folded text; companies by"
            + " legal-name suffix rules and defined short names (and CoreNLP NER where enabled); evidence graded A–E"
            + " by co-occurrence in a passage with a Xinjiang, ethnic or XPCC anchor.");
    method.put(
        "quotes",
        "Each quote is the normalized text at [start, end) of the document's extracted text;"
            + " sha256 identifies the exact source bytes; page is 1-based where the format has pages.");
    method.put(
        "limitations",
        "Automated reading: every item must be checked against its source by a reviewer"
            + " before it is relied on. Grade E items are vocabulary without a link and are not evidence of"
            + " participation. Absence of evidence here is not evidence of absence.");
    mapper.writeValue(new NonClosingOutputStream(out), root);
    out.write('\n');
    out.flush();
  }

  /** Jackson closes the stream it writes to; the caller owns {@code out}. */
  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
