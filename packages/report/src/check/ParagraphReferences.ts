/**
 * The document references of a paragraph ("Kế hoạch số 19/KH-VPUBND ngày …"), found once per
 * paragraph: the reference rule checks them and the date rule skips the dates inside them.
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";

const cache = new WeakMap<object, ReadonlyArray<DocumentReference.ReferenceMention>>();
const MAY_HOLD_REFERENCE = /số/iu;

/** The references of a paragraph's text (offsets in that text). */
export const of = (p: { readonly text: string }): ReadonlyArray<DocumentReference.ReferenceMention> => {
  const hit = cache.get(p);
  if (hit) return hit;
  const found = MAY_HOLD_REFERENCE.test(p.text) ? DocumentReference.findAll(p.text) : [];
  cache.set(p, found);
  return found;
};
