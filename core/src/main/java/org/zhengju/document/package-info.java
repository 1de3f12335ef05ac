/** The document model: extracted text, pages and metadata, the input of every later stage. */
package org.zhengju.document;
