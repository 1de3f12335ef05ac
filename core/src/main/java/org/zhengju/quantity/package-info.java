/** Quantities: persons, money and per-person rates in Arabic, full-width and Chinese numerals. */
package org.zhengju.quantity;
