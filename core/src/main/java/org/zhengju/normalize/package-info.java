/** Normalization of extracted text with an exact offset map back to it. */
package org.zhengju.normalize;
