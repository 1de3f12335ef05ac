/**
 * Stanford CoreNLP behind the core's {@link org.zhengju.entity.EntityRecognizer} extension point:
 * Chinese organisations, places and people found on bounded chunks of selected passages. The only
 * package of the library that touches CoreNLP; no CoreNLP type appears in a public signature.
 * Licensed GPL-3.0-or-later.
 */
package org.zhengju.nlp;
