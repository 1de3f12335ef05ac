/**
 * Dossiers: one company's graded evidence with provenance, written as JSON (HTML, CSV, FtM later).
 */
package org.zhengju.dossier;
