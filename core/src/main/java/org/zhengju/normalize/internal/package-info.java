/**
 * Implementation steps of {@link org.zhengju.normalize.ChineseTextNormalizer}: compatibility
 * folding, line assembly and traditional-to-simplified folding. Not API: may change without notice.
 */
package org.zhengju.normalize.internal;
