/**
 * Ingest runs: walking the input paths and driving extract → analyse → store, with one outcome per
 * document.
 */
package org.zhengju.ingest;
