import { bool, str } from "../schema/kinds";
import { parseSpeakerId } from "./speaker-ref";

export const speakerField = () =>
  str(
    "The speaker (BGP instance) this belongs to: the `id` of a Speaker, `\"ASN\"` or `\"ASN/vrf/NAME\"`.",
    parseSpeakerId,
    { type: "other", description: "speaker ID (`ASN` or `ASN/vrf/NAME`)" },
  )
    .required()
    .replaces();

export const adoptField = () =>
  bool(
    "Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration.",
  ).defaults("false").local();
