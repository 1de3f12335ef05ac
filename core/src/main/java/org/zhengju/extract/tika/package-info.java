/**
 * The Apache Tika implementation of {@link org.zhengju.extract.TextExtractor}: {@link
 * org.zhengju.extract.tika.TikaTextExtractor}. Every Tika type stays in this package and none is
 * public.
 */
package org.zhengju.extract.tika;
