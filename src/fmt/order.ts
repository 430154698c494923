// Canonical key order comes from the JSON Schemas' property order, so the schema stays the only
// statement of shape: a key added there is placed by `fmt` without touching this module.
import { readFileSync } from 'node:fs';

export type FileKind = 'matter' | 'list' | 'adjustment';

/** The part of a draft-07 schema node that fixes key order. */
export interface ShapeNode {
  properties?: Record<string, ShapeNode>;
  items?: ShapeNode;
}

const schemaDir = new URL('../../schema/', import.meta.url);
const cache = new Map<FileKind, ShapeNode>();
let built: Record<string, object> | undefined;

/** Uses the schemas carried by the build (dist/schema/compiled.js), which the one-file bundle needs. */
export async function loadShapes(): Promise<void> {
  try {
    built = (await import('../schema/compiled.js')).schemas;
  } catch {
    // Running from sources (tests): the schema files are read instead.
  }
}

export function shapeOf(kind: FileKind): ShapeNode {
  let shape = cache.get(kind) ?? (built?.[kind] as ShapeNode | undefined);
  if (!shape) {
    shape = JSON.parse(readFileSync(new URL(`${kind}.schema.json`, schemaDir), 'utf8')) as ShapeNode;
    cache.set(kind, shape);
  }
  return shape;
}

/** Rank of `key` among the node's properties; unknown keys go last, keeping their order. */
export function keyRank(node: ShapeNode | undefined, key: string): number {
  const keys = node?.properties ? Object.keys(node.properties) : [];
  const i = keys.indexOf(key);
  return i < 0 ? keys.length : i;
}
