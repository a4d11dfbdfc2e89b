import type { AttributePath, AttributePathStep } from "./attribute-path";
import type { Message } from "./proto-codec";

/** AttributePath ⇄ tfplugin6 `AttributePath` message. */
export function attributePathToProto(path: AttributePath): Message {
  return {
    steps: path.map((step): Message => {
      if (typeof step === "string") return { attributeName: step };
      if (typeof step === "number") return { elementKeyInt: step };
      return { elementKeyString: step.key };
    }),
  };
}

export function attributePathFromProto(msg: Message): AttributePathStep[] {
  return (msg.steps as Message[]).map((s): AttributePathStep => {
    if (s.attributeName !== undefined) return s.attributeName as string;
    if (s.elementKeyInt !== undefined) return s.elementKeyInt as number;
    if (s.elementKeyString !== undefined) return { key: s.elementKeyString as string };
    throw new Error("attribute path step has no selector");
  });
}
