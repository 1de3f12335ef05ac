/**
 * Implementation details of the CoreNLP recognizer: chunking, tag mapping, the pipeline adapter.
 * Not API.
 */
package org.zhengju.nlp.internal;
