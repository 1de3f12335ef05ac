/**
 * Not API: the scanners behind {@link org.zhengju.entity.RuleCompanyRecognizer} (legal-form
 * suffixes, name boundaries, alias definitions) and the name key shared with evidence aggregation.
 * May change without notice.
 */
package org.zhengju.entity.internal;
