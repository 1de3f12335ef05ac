/**
 * The bundled test corpus and its gold annotations: {@link org.zhengju.testdata.TestCorpus} finds
 * the files and loads the gold tables as records, so other modules' tests can measure precision and
 * recall against them.
 */
package org.zhengju.testdata;
