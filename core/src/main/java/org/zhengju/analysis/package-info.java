/** Per-document analysis: the text stages between extraction and storage, wired together. */
package org.zhengju.analysis;
