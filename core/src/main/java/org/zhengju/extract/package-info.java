/**
 * Extraction: the {@link org.zhengju.extract.TextExtractor} extension point and its outcomes. Tika
 * stays in the {@code tika} sub-package; no Tika type appears in a public signature.
 */
package org.zhengju.extract;
