import { isObject, type PropertyMap, type PropertyValue } from "./property-value";

// Property paths as used by ignoreChanges / replaceOnChanges ("a.b[0]", 'a["x.y"]', "tags.*"),
// following resource.ParsePropertyPath / Contains / Reset in the Go SDK.

export type PathSegment = string | number;

export class PropertyPathError extends Error {
  constructor(path: string, reason: string) {
    super(`invalid property path ${JSON.stringify(path)}: ${reason}`);
    this.name = "PropertyPathError";
  }
}

export function parsePropertyPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  let name = "";
  const flush = (): void => {
    if (name !== "") {
      segments.push(name);
      name = "";
    }
  };
  while (i < path.length) {
    const ch = path[i] as string;
    if (ch === ".") {
      flush();
      i++;
    } else if (ch === "[") {
      flush();
      const close = path.indexOf("]", i);
      if (close < 0) {
        throw new PropertyPathError(path, "missing ']'");
      }
      const inner = path.slice(i + 1, close);
      if (inner.startsWith('"')) {
        segments.push(JSON.parse(inner) as string);
      } else if (inner === "*") {
        segments.push("*");
      } else if (/^\d+$/.test(inner)) {
        segments.push(Number(inner));
      } else {
        throw new PropertyPathError(path, `unexpected index ${JSON.stringify(inner)}`);
      }
      i = close + 1;
    } else {
      name += ch;
      i++;
    }
  }
  flush();
  if (segments.length === 0) {
    throw new PropertyPathError(path, "empty path");
  }
  return segments;
}

/** True when `path` is a prefix of `other` ("*" matches any segment). */
export function pathContains(path: PathSegment[], other: PathSegment[]): boolean {
  if (path.length > other.length) {
    return false;
  }
  return path.every((seg, i) => seg === "*" || seg === other[i]);
}

function child(v: PropertyValue | undefined, seg: PathSegment): PropertyValue | undefined {
  if (typeof seg === "number") {
    return Array.isArray(v) ? v[seg] : undefined;
  }
  return isObject(v) ? v[seg] : undefined;
}

/**
 * Copies the value at `path` from `olds` into `news` (removing it from `news` when `olds` lacks it).
 * Returns false when the path cannot be resolved on either side, like PropertyPath.Reset.
 */
export function resetPath(path: PathSegment[], olds: PropertyMap, news: PropertyMap): boolean {
  const walk = (oldNode: PropertyValue | undefined, newNode: PropertyValue | undefined, depth: number): boolean => {
    const seg = path[depth] as PathSegment;
    const last = depth === path.length - 1;
    if (seg === "*") {
      if (isObject(newNode) && isObject(oldNode)) {
        return Object.keys({ ...oldNode, ...newNode }).every((k) => walkKey(oldNode, newNode, k, depth, last));
      }
      return false;
    }
    return walkKey(oldNode, newNode, seg, depth, last);
  };
  const walkKey = (oldNode: PropertyValue | undefined, newNode: PropertyValue | undefined, seg: PathSegment, depth: number, last: boolean): boolean => {
    const oldChild = child(oldNode, seg);
    if (last) {
      if (typeof seg === "number") {
        if (!Array.isArray(newNode) || seg >= newNode.length || oldChild === undefined) {
          return false;
        }
        newNode[seg] = oldChild;
        return true;
      }
      if (!isObject(newNode)) {
        return false;
      }
      if (oldChild === undefined) {
        delete newNode[seg];
      } else {
        newNode[seg] = oldChild;
      }
      return true;
    }
    const newChild = child(newNode, seg);
    if (newChild === undefined || oldChild === undefined) {
      return false;
    }
    return walk(oldChild, newChild, depth + 1);
  };
  return walk(olds, news, 0);
}
