/** Parsing helpers for the gold files; not API. */
package org.zhengju.testdata.internal;
