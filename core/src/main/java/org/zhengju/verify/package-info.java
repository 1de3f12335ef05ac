/** Verification: re-hashing sources and re-finding every quote at its cited location. */
package org.zhengju.verify;
