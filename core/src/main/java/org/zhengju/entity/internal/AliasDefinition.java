package org.zhengju.entity.internal;

/**
 * A name a document defines for a company: 以下简称“青岚纺织”, a 释义 row, or an English name in brackets.
 *
 * @param alias where the defined name stands in the normalized text
 * @param legalName where the legal name it stands for stands
 * @param glossary whether the definition is a 释义 row (generic words like 本公司 are then names too)
 */
public record AliasDefinition(Span alias, Span legalName, boolean glossary) {}
