/**
 * OCR of scanned pages: the {@link org.zhengju.extract.ocr.OcrEngine} extension point, its
 * Tesseract implementation, rendering of PDF pages for OCR ({@link
 * org.zhengju.extract.ocr.PdfPageOcr}), the test that decides whether a page's text layer is usable
 * ({@link org.zhengju.extract.ocr.TextLayerQuality}) and the character error rate used to measure
 * OCR quality.
 *
 * <p>OCR is never switched on by accident: callers decide which pages need it and pass explicit
 * {@link org.zhengju.extract.ocr.OcrSettings}.
 */
package org.zhengju.extract.ocr;
