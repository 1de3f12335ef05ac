/**
 * Not API: the rules behind {@link org.zhengju.evidence.EvidenceLinker} (sentences, term ownership,
 * grading rules and their vocabulary). May change without notice.
 */
package org.zhengju.evidence.internal;
