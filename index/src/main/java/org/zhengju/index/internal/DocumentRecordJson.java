package org.zhengju.index.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import org.zhengju.store.DocumentRecord;

/** Writes and reads {@link DocumentRecord}s as JSON, the form they are stored in the index. */
public final class DocumentRecordJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          // Records from a newer writer may carry fields this reader does not know; keep reading
          // them.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** The JSON form of {@code record}. */
  public String write(DocumentRecord record) {
    try {
      return mapper.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("record cannot be written as JSON: " + record.source(), e);
    }
  }

  /** Reads a record written by {@link #write}; a damaged blob is an {@link IOException}. */
  public DocumentRecord read(String json) throws IOException {
    try {
      return mapper.readValue(json, DocumentRecord.class);
    } catch (JsonProcessingException e) {
      throw new IOException(
          "stored document record is damaged (re-ingest the corpus): " + e.getOriginalMessage(), e);
    }
  }
}
