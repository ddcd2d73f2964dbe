/**
 * "KYIV, June 9 (Reuters) - ", "PORT SUDAN, June 12 - ": the dateline that opens a wire story. Its place is where the
 * story was filed and its day the day it was filed, not where or when anything it tells happened.
 */
export const DATELINE = /^(?:[\p{Lu}][\p{L}/ ,.'-]*?,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,30}\)\s*)?(?:^|\s|(?<=\)))[-—–]\s+/u;
