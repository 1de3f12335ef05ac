package org.zhengju.dossier;

import java.time.Instant;
import java.util.Objects;
import org.zhengju.evidence.CompanyProfile;

/**
 * One company's evidence file, as handed to a reviewer or attached to a petition.
 *
 * @param company the company with its aliases, grade and evidence
 * @param generatedAt when the dossier was made
 * @param toolVersion the Zhengju version that made it
 */
public record Dossier(CompanyProfile company, Instant generatedAt, String toolVersion) {
  public Dossier {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(toolVersion, "toolVersion");
  }
}
