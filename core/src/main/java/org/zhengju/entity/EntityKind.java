package org.zhengju.entity;

/** What a mention names. */
public enum EntityKind {
  /** A company, cooperative, factory or workshop: a possible subject of evidence. */
  COMPANY,
  /** A government body (人社局, 县人民政府, 前方指挥部). */
  GOVERNMENT_BODY,
  /** Another organisation (a school, an association). */
  ORGANIZATION,
  /** A place (和田地区, 墨玉县, Kashgar). */
  PLACE,
  /** A person. */
  PERSON
}
