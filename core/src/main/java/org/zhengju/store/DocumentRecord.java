package org.zhengju.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhengju.entity.CompanyName;
import org.zhengju.evidence.EvidenceItem;

/**
 * What a corpus store keeps about one ingested document: where it came from, the companies it names
 * and its evidence. Enough to aggregate companies and to verify quotes without re-analysing.
 *
 * @param source the document's source name (relative path, {@code !/}-joined for embedded files)
 * @param sha256 SHA-256 of the document's original bytes
 * @param mediaType detected media type
 * @param file absolute path of the top-level file the document was read from, when known
 * @param outcome {@code indexed} or {@code partial}
 * @param reason for a partial document, why
 * @param companies companies named in the document
 * @param evidence evidence items found in the document
 */
public record DocumentRecord(
    String source,
    String sha256,
    String mediaType,
    Optional<String> file,
    String outcome,
    Optional<String> reason,
    List<CompanyName> companies,
    List<EvidenceItem> evidence) {
  public DocumentRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    companies = List.copyOf(companies);
    evidence = List.copyOf(evidence);
  }
}
