package org.zhengju.dossier;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link Dossier} in one format. An extension point: HTML, CSV and FollowTheMoney writers
 * come later.
 */
public interface DossierWriter {

  /** The format's short name as given to {@code --format} ({@code json}). */
  String format();

  /** Writes {@code dossier} to {@code out} (UTF-8); does not close {@code out}. */
  void write(Dossier dossier, OutputStream out) throws IOException;
}
