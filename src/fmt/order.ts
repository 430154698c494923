// Canonical key order comes from the JSON Schemas' property order, so the schema stays the only
// statement of shape: a key added there is placed by `fmt` without touching this module.
import { schemaOf } from '../schema/validate.js';

export type FileKind = 'matter' | 'list' | 'adjustment' | 'consultation';

/** The part of a draft-07 schema node that fixes key order. */
export interface ShapeNode {
  properties?: Record<string, ShapeNode>;
  items?: ShapeNode;
}

/** The schema's shape for a file kind: read through the schema layer, which prefers the copy the
 *  build compiled in (the one-file bundle has no schema/ folder beside it). */
export function shapeOf(kind: FileKind): ShapeNode {
  return schemaOf(kind) as ShapeNode;
}

/** Rank of `key` among the node's properties; unknown keys go last, keeping their order. */
export function keyRank(node: ShapeNode | undefined, key: string): number {
  const keys = node?.properties ? Object.keys(node.properties) : [];
  const i = keys.indexOf(key);
  return i < 0 ? keys.length : i;
}
