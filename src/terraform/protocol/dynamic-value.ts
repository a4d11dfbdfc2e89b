import type { CtyType } from "./cty-type";
import { decodeJsonValue } from "./json-value";
import { decodeMsgpackValue, encodeMsgpackValue } from "./msgpack-value";
import type { Message } from "./proto-codec";
import type { Value } from "./value";
import { ValueCodecError } from "./value-errors";

/** DynamicValue message ⇄ value. Absent or empty means null; we always answer in msgpack. */
export function decodeDynamicValue(dv: Message | undefined, type: CtyType): Value {
  if (!dv) return null;
  const mp = dv.msgpack as Uint8Array | undefined;
  if (mp && mp.length > 0) return decodeMsgpackValue(mp, type);
  const json = dv.json as Uint8Array | undefined;
  if (json && json.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(json));
    } catch (err) {
      throw new ValueCodecError("", `invalid JSON in DynamicValue (${(err as Error).message})`);
    }
    return decodeJsonValue(parsed, type);
  }
  return null;
}

export function encodeDynamicValue(value: Value, type: CtyType): Message {
  return { msgpack: encodeMsgpackValue(value, type) };
}
