import {
  attributeType,
  impliedType,
  isObjectValue,
  rawEquals,
  renderValue,
  Unknown,
  valueEquals,
  type Attribute,
  type Block,
  type CtyType,
  type NestedAttributes,
  type NestedBlock,
  type ObjectValue,
  type Value,
} from "../../../src/terraform/protocol";

/**
 * Terraform core's object-change rules (internal/plans/objchange in 1.11): ProposedNew,
 * AssertPlanValid and AssertObjectCompatible, re-expressed over our JS values. Each assertion
 * returns problems as `path: message` strings, path in Terraform's `.a[0].b` form.
 */
type Problems = string[];

const attrStep = (path: string, name: string): string => `${path}.${name}`;
const indexStep = (path: string, i: number | string): string => (typeof i === "number" ? `${path}[${i}]` : `${path}[${JSON.stringify(i)}]`);
const problem = (path: string, message: string): string => (path ? `${path}: ${message}` : message);

function emptyObject(block: Block): ObjectValue {
  return Object.fromEntries(Object.keys(impliedType(block)[1]).map((k) => [k, null]));
}

function emptyBlockValue(nested: NestedBlock): Value {
  return nested.nesting === "single" ? null : nested.nesting === "map" ? {} : [];
}

// ---------------------------------------------------------------- ProposedNew

export function proposedNew(block: Block, prior: ObjectValue | null, config: ObjectValue | null): ObjectValue | null {
  if (config === null && prior === null) return null;
  return proposedNewBlock(block, prior ?? emptyObject(block), config);
}

function proposedNewBlock(block: Block, prior: Value, config: Value): ObjectValue {
  if (config === null || config === Unknown || !isObjectValue(config)) return prior as ObjectValue;
  const priorObj = isObjectValue(prior) ? prior : prior === Unknown ? null : null;
  const out = proposedNewAttributes(block.attributes ?? {}, prior === Unknown ? Unknown : priorObj, config);
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    const priorV = prior === Unknown ? Unknown : (priorObj?.[name] ?? null);
    out[name] = proposedNewNestedBlock(nested, priorV, config[name] ?? emptyBlockValue(nested));
  }
  return out;
}

function proposedNewNestedBlock(nested: NestedBlock, prior: Value, config: Value): Value {
  if (config === Unknown) return config;
  switch (nested.nesting) {
    case "single":
      if (config === null) return null;
      return proposedNewBlock(nested.block, prior === null ? emptyObject(nested.block) : prior, config);
    case "list": {
      const cfg = (config as Value[] | null) ?? [];
      return cfg.map((c, i) => {
        if (prior !== Unknown && (prior === null || !Array.isArray(prior) || i >= prior.length)) return c;
        const p = prior === Unknown ? Unknown : (prior as Value[])[i] as Value;
        return proposedNewBlock(nested.block, p, c);
      });
    }
    case "map": {
      const cfg = (config as Record<string, Value> | null) ?? {};
      return Object.fromEntries(
        Object.entries(cfg).map(([k, c]) => {
          if (prior !== Unknown && (prior === null || !isObjectValue(prior) || !(k in prior))) return [k, c];
          const p = prior === Unknown ? Unknown : ((prior as ObjectValue)[k] as Value);
          return [k, proposedNewBlock(nested.block, p, c)];
        }),
      );
    }
    case "set": {
      const cfg = (config as Value[] | null) ?? [];
      const priorElems = prior !== Unknown && Array.isArray(prior) ? prior : [];
      const used = priorElems.map(() => false);
      const elemType = impliedType(nested.block);
      return cfg.map((c) => {
        let match: Value | undefined;
        priorElems.forEach((p, i) => {
          if (match === undefined && !used[i] && rawEquals(elemType, computedAsNull(nested.block, p), c)) {
            match = p;
            used[i] = true;
          }
        });
        return proposedNewBlock(nested.block, match ?? emptyObject(nested.block), c);
      });
    }
  }
}

function proposedNewAttributes(attrs: Record<string, Attribute>, prior: ObjectValue | null | typeof Unknown, config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, attr] of Object.entries(attrs)) {
    const priorV: Value = prior === Unknown ? Unknown : prior === null ? null : ((prior as ObjectValue)[name] ?? null);
    const configV = config[name] ?? null;
    if (attr.computed && configV === null) out[name] = priorV;
    else if (attr.nestedType) out[name] = configV === Unknown ? configV : proposedNewNestedType(attr.nestedType, priorV, configV);
    else out[name] = configV;
  }
  return out;
}

function proposedNewNestedType(nested: NestedAttributes, prior: Value, config: Value): Value {
  if (config === null || config === Unknown) return config;
  const attrs = nested.attributes;
  const elem = (p: Value, c: Value): Value => (isObjectValue(c) ? proposedNewAttributes(attrs, p === Unknown ? Unknown : isObjectValue(p) ? p : null, c) : c);
  switch (nested.nesting) {
    case "single":
      return elem(prior, config);
    case "list":
      return (config as Value[]).map((c, i) => {
        if (prior !== Unknown && (prior === null || !Array.isArray(prior) || i >= prior.length)) return c;
        return elem(prior === Unknown ? Unknown : ((prior as Value[])[i] as Value), c);
      });
    case "map":
      return Object.fromEntries(
        Object.entries(config as Record<string, Value>).map(([k, c]) => {
          if (prior !== Unknown && (prior === null || !isObjectValue(prior) || !(k in prior))) return [k, c];
          return [k, elem(prior === Unknown ? Unknown : ((prior as ObjectValue)[k] as Value), c)];
        }),
      );
    case "set": {
      const priorElems = prior !== Unknown && Array.isArray(prior) ? prior : [];
      const used = priorElems.map(() => false);
      const elemType = impliedType({ attributes: attrs });
      return (config as Value[]).map((c) => {
        let match: Value | undefined;
        priorElems.forEach((p, i) => {
          if (match === undefined && !used[i] && rawEquals(elemType, computedAsNull({ attributes: attrs }, p), c)) {
            match = p;
            used[i] = true;
          }
        });
        return match === undefined ? c : elem(match, c);
      });
    }
  }
}

/** Set element correlation: computed attributes (at any depth) compared as null. */
function computedAsNull(block: Block, v: Value): Value {
  if (!isObjectValue(v)) return v;
  const out: ObjectValue = { ...v };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const cur = v[name] ?? null;
    if (cur === null || cur === Unknown) continue;
    if (attr.computed) out[name] = null;
    else if (attr.nestedType) out[name] = mapNested(attr.nestedType, cur, (e) => computedAsNull({ attributes: attr.nestedType?.attributes ?? {} }, e));
  }
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    const cur = v[name] ?? null;
    if (cur === null || cur === Unknown) continue;
    out[name] = mapNested({ nesting: nested.nesting }, cur, (e) => computedAsNull(nested.block, e));
  }
  return out;
}

function mapNested(nested: { nesting: string }, v: Value, fn: (e: Value) => Value): Value {
  if (nested.nesting === "single") return fn(v);
  if (Array.isArray(v)) return v.map(fn);
  if (isObjectValue(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, fn(e)]));
  return v;
}

// ---------------------------------------------------------------- AssertPlanValid

export function assertPlanValid(block: Block, prior: ObjectValue | null, config: ObjectValue | null, planned: ObjectValue | null): Problems {
  return planValidBlock(block, prior, config, planned, "");
}

function planValidBlock(block: Block, prior: Value, config: Value, planned: Value, path: string): Problems {
  const errs: Problems = [];
  if (planned === null && config !== null) return [problem(path, "planned for absence but config wants existence")];
  if (config === null && planned !== null) return [problem(path, "planned for existence but config wants absence")];
  if (planned === null) return errs;
  const p = planned as ObjectValue;
  const c = config as ObjectValue;
  const pr = isObjectValue(prior) ? prior : null;
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    errs.push(...plannedValueValid(attr, pr?.[name] ?? null, c[name] ?? null, p[name] ?? null, attrStep(path, name)));
  }
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    const bpath = attrStep(path, name);
    const plannedV = p[name] ?? null;
    const configV = c[name] ?? null;
    const priorV = pr?.[name] ?? null;
    if (nested.nesting !== "single" && plannedV === null) {
      errs.push(problem(bpath, `attribute representing a ${nested.nesting} of nested blocks must be empty to indicate no blocks, not null`));
      continue;
    }
    const t = impliedType(nested.block);
    if (rawEquals(nested.nesting === "single" ? t : [nested.nesting, t], plannedV, configV)) continue;
    if (configV === Unknown) {
      errs.push(problem(bpath, `planned value ${renderValue(plannedV)} for unknown dynamic block`));
      continue;
    }
    if (plannedV === Unknown) {
      errs.push(problem(bpath, "planned unknown value for non-computed block"));
      continue;
    }
    switch (nested.nesting) {
      case "single":
        errs.push(...planValidBlock(nested.block, priorV, configV, plannedV, bpath));
        break;
      case "list": {
        const pl = plannedV as Value[];
        const cl = (configV as Value[] | null) ?? [];
        if (pl.length !== cl.length) {
          errs.push(problem(bpath, `block count in plan (${pl.length}) disagrees with count in config (${cl.length})`));
          break;
        }
        pl.forEach((pe, i) => {
          if (pe === Unknown) errs.push(problem(indexStep(bpath, i), "element representing nested block must not be unknown itself; set nested attribute values to unknown instead"));
          else errs.push(...planValidBlock(nested.block, Array.isArray(priorV) ? (priorV[i] ?? null) : null, cl[i] ?? null, pe, indexStep(bpath, i)));
        });
        break;
      }
      case "map": {
        const pm = plannedV as Record<string, Value>;
        const cm = (configV as Record<string, Value> | null) ?? {};
        for (const [k, pe] of Object.entries(pm)) {
          if (!(k in cm)) {
            errs.push(problem(bpath, `block key ${JSON.stringify(k)} from plan is not present in config`));
            continue;
          }
          if (pe === Unknown) errs.push(problem(indexStep(bpath, k), "element representing nested block must not be unknown itself; set nested attribute values to unknown instead"));
          else errs.push(...planValidBlock(nested.block, isObjectValue(priorV) ? (priorV[k] ?? null) : null, cm[k] ?? null, pe, indexStep(bpath, k)));
        }
        for (const k of Object.keys(cm)) if (!(k in pm)) errs.push(problem(bpath, `block key ${JSON.stringify(k)} from config is not present in plan`));
        break;
      }
      case "set":
        (plannedV as Value[]).forEach((pe, i) => {
          if (pe === Unknown) errs.push(problem(indexStep(bpath, i), "element representing nested block must not be unknown itself; set nested attribute values to unknown instead"));
        });
        break;
    }
  }
  return errs;
}

function plannedValueValid(attr: Attribute, prior: Value, config: Value, planned: Value, path: string): Problems {
  const type = attributeType(attr);
  if (rawEquals(type, planned, config)) return [];
  if (rawEquals(type, planned, prior) && prior !== null && config !== null) return [];
  if (attr.computed && !attr.optional) return [];
  if (config === null && attr.computed) return [];
  if (config === null && planned !== null) {
    return [problem(path, attr.sensitive ? "sensitive planned value for a non-computed attribute" : `planned value ${renderValue(planned)} for a non-computed attribute`)];
  }
  if (attr.nestedType) return plannedObjectValid(attr.nestedType, prior, config, planned, path);
  if (prior === null) {
    return [problem(path, attr.sensitive ? "sensitive planned value does not match config value" : `planned value ${renderValue(planned)} does not match config value ${renderValue(config)}`)];
  }
  return [
    problem(
      path,
      attr.sensitive
        ? "sensitive planned value does not match config value nor prior value"
        : `planned value ${renderValue(planned)} does not match config value ${renderValue(config)} nor prior value ${renderValue(prior)}`,
    ),
  ];
}

function plannedObjectValid(nested: NestedAttributes, prior: Value, config: Value, planned: Value, path: string): Problems {
  if (planned === null && config !== null) return [problem(path, "planned for absence but config wants existence")];
  if (config === null && planned !== null) return [problem(path, "planned for existence but config wants absence")];
  if (config !== null && planned === Unknown) return [problem(path, "planned unknown for configured value")];
  if (planned === null) return [];
  const attrs = (p: Value, c: Value, pl: Value, at: string): Problems =>
    Object.entries(nested.attributes).flatMap(([name, a]) =>
      plannedValueValid(a, isObjectValue(p) ? (p[name] ?? null) : null, isObjectValue(c) ? (c[name] ?? null) : null, isObjectValue(pl) ? (pl[name] ?? null) : null, attrStep(at, name)),
    );
  switch (nested.nesting) {
    case "single":
      return attrs(prior, config, planned, path);
    case "list": {
      if (planned === Unknown && config === Unknown) return [];
      const pl = planned as Value[];
      const cl = config as Value[];
      if (!Array.isArray(pl) || !Array.isArray(cl) || pl.length !== cl.length) {
        return [problem(path, `count in plan (${Array.isArray(pl) ? pl.length : "unknown"}) disagrees with count in config (${Array.isArray(cl) ? cl.length : "unknown"})`)];
      }
      return pl.flatMap((pe, i) => attrs(Array.isArray(prior) ? (prior[i] ?? null) : null, cl[i] ?? null, pe, indexStep(path, i)));
    }
    case "map": {
      if (planned === Unknown && config === Unknown) return [];
      const pm = planned as Record<string, Value>;
      const cm = config as Record<string, Value>;
      if (!isObjectValue(pm) || !isObjectValue(cm) || Object.keys(pm).length !== Object.keys(cm).length) {
        return [problem(path, "count in plan disagrees with count in config")];
      }
      const errs: Problems = [];
      for (const [k, pe] of Object.entries(pm)) {
        if (!(k in cm)) errs.push(problem(path, `map key ${JSON.stringify(k)} from plan is not present in config`));
        else errs.push(...attrs(isObjectValue(prior) ? (prior[k] ?? null) : null, cm[k] ?? null, pe, attrStep(path, k)));
      }
      for (const k of Object.keys(cm)) if (!(k in pm)) errs.push(problem(path, `map key ${JSON.stringify(k)} from config is not present in plan`));
      return errs;
    }
    case "set": {
      if (Array.isArray(planned) && Array.isArray(config) && !planned.includes(Unknown) && planned.length < config.length) {
        return [problem(path, `count in plan (${planned.length}) disagrees with count in config (${config.length})`)];
      }
      return [];
    }
  }
}

// ---------------------------------------------------------------- AssertObjectCompatible

export function assertObjectCompatible(block: Block, planned: ObjectValue | null, actual: ObjectValue | null): Problems {
  return objectCompatible(block, planned, actual, "");
}

function objectCompatible(block: Block, planned: Value, actual: Value, path: string): Problems {
  const root = path === "" ? "Root object " : "";
  if (planned === null && actual !== null) return [problem(path, `${root}was absent, but now present`)];
  if (actual === null && planned !== null) return [problem(path, `${root}was present, but now absent`)];
  if (planned === null) return [];
  const p = planned as ObjectValue;
  const a = actual as ObjectValue;
  const errs: Problems = [];
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const more = valueCompatible(attributeType(attr), p[name] ?? null, a[name] ?? null, attrStep(path, name));
    if (attr.sensitive) {
      if (more.length > 0) errs.push(problem(attrStep(path, name), "inconsistent values for sensitive attribute"));
    } else errs.push(...more);
  }
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    const bpath = attrStep(path, name);
    const pv = p[name] ?? null;
    const av = a[name] ?? null;
    switch (nested.nesting) {
      case "single":
        if (pv === Unknown && av === null) continue;
        errs.push(...objectCompatible(nested.block, pv, av, bpath));
        break;
      case "list":
        if (pv === Unknown || av === Unknown || pv === null || av === null) continue;
        if ((pv as Value[]).length !== (av as Value[]).length) {
          errs.push(problem(bpath, `block count changed from ${(pv as Value[]).length} to ${(av as Value[]).length}`));
          continue;
        }
        (pv as Value[]).forEach((pe, i) => errs.push(...objectCompatible(nested.block, pe, (av as Value[])[i] ?? null, indexStep(bpath, i))));
        break;
      case "map": {
        if (pv === Unknown || pv === null || av === null) continue;
        const pm = pv as Record<string, Value>;
        const am = av as Record<string, Value>;
        if (Object.keys(pm).length !== Object.keys(am).length) {
          errs.push(problem(bpath, `block count changed from ${Object.keys(pm).length} to ${Object.keys(am).length}`));
          continue;
        }
        for (const [k, pe] of Object.entries(pm)) if (k in am) errs.push(...objectCompatible(nested.block, pe, am[k] ?? null, indexStep(bpath, k)));
        break;
      }
      case "set": {
        if (pv === Unknown || av === Unknown || pv === null || av === null) continue;
        errs.push(...setCompatible(pv as Value[], av as Value[], bpath, (x, y) => objectCompatible(nested.block, x, y, bpath).length === 0));
        if ((pv as Value[]).length < (av as Value[]).length) errs.push(problem(bpath, `block set length changed from ${(pv as Value[]).length} to ${(av as Value[]).length}`));
        break;
      }
    }
  }
  return errs;
}

function valueCompatible(type: CtyType, planned: Value, actual: Value, path: string): Problems {
  if (type === "dynamic") return [];
  if (planned === Unknown) return [];
  if (actual === null) return planned === null ? [] : [problem(path, `was ${renderValue(planned)}, but now null`)];
  if (planned === null) return [problem(path, `was null, but now ${renderValue(actual)}`)];
  if (actual === Unknown) return [problem(path, "was known, but now unknown")];
  if (typeof type === "string") return valueEquals(type, planned, actual) === true ? [] : [problem(path, `was ${renderValue(planned)}, but now ${renderValue(actual)}`)];
  switch (type[0]) {
    case "list":
    case "tuple": {
      const pl = planned as Value[];
      const al = actual as Value[];
      const errs: Problems = [];
      pl.forEach((pe, i) => {
        const et = type[0] === "list" ? type[1] : (type[1][i] ?? "dynamic");
        if (i >= al.length) errs.push(problem(path, `element ${i} has vanished`));
        else errs.push(...valueCompatible(et, pe, al[i] as Value, indexStep(path, i)));
      });
      for (let i = pl.length; i < al.length; i++) errs.push(problem(path, `new element ${i} has appeared`));
      return errs;
    }
    case "map": {
      const pm = planned as Record<string, Value>;
      const am = actual as Record<string, Value>;
      const errs: Problems = [];
      for (const [k, pe] of Object.entries(pm)) {
        if (!(k in am)) errs.push(problem(path, `element ${JSON.stringify(k)} has vanished`));
        else errs.push(...valueCompatible(type[1], pe, am[k] as Value, indexStep(path, k)));
      }
      for (const k of Object.keys(am)) if (!(k in pm)) errs.push(problem(path, `new element ${JSON.stringify(k)} has appeared`));
      return errs;
    }
    case "object":
      return Object.entries(type[1]).flatMap(([k, t]) =>
        valueCompatible(t, (planned as ObjectValue)[k] ?? null, (actual as ObjectValue)[k] ?? null, attrStep(path, k)),
      );
    case "set": {
      const errs = setCompatible(planned as Value[], actual as Value[], path, (x, y) => valueCompatible(type[1], x, y, path).length === 0);
      if ((planned as Value[]).length < (actual as Value[]).length) errs.push(problem(path, `length changed from ${(planned as Value[]).length} to ${(actual as Value[]).length}`));
      return errs;
    }
  }
}

function setCompatible(planned: Value[], actual: Value[], path: string, eq: (p: Value, a: Value) => boolean): Problems {
  const pm = planned.map(() => false);
  const am = actual.map(() => false);
  planned.forEach((p, i) =>
    actual.forEach((a, j) => {
      if (!(pm[i] && am[j]) && eq(p, a)) {
        pm[i] = true;
        am[j] = true;
      }
    }),
  );
  const errs = planned.filter((_, i) => !pm[i]).map((p) => problem(path, `planned set element ${renderValue(p)} does not correlate with any element in actual`));
  if (errs.length) return errs;
  return actual.filter((_, j) => !am[j]).map((a) => problem(path, `actual set element ${renderValue(a)} does not correlate with any element in plan`));
}
