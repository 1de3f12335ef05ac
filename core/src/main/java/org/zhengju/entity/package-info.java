/**
 * Entity recognition: the {@link org.zhengju.entity.EntityRecognizer} extension point, the
 * rule-based company recognizer, and resolution of short names, English names and variants to one
 * company.
 */
package org.zhengju.entity;
