/** The corpus store extension point: where analysed documents, passages and evidence are kept. */
package org.zhengju.store;
