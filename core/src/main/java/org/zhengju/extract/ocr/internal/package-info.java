/** Helpers of the OCR package that are not API: text clean-up of raw OCR output. */
package org.zhengju.extract.ocr.internal;
