import type { Issue } from "../errors";
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

/** FRR lowers a keepalive above a third of the hold time to that third, so the value would drift. */
export function checkTimers(timers: { keepalive: number; hold: number } | undefined, path: string, issues: Issue[]): void {
  if (!timers) return;
  if (timers.hold === 0 && timers.keepalive !== 0) {
    issues.push({ code: "FRR_INVALID_NUMBER", path: `${path}.keepalive`, input: timers.keepalive, message: "must be 0 when the hold time is 0 (no keepalives); FRR would set it to 0" });
  } else if (timers.hold !== 0 && timers.hold < 3) {
    issues.push({ code: "FRR_INVALID_NUMBER", path: `${path}.hold`, input: timers.hold, message: "must be 0 (no keepalives) or at least 3 seconds" });
  } else if (timers.hold !== 0 && timers.keepalive > Math.floor(timers.hold / 3)) {
    issues.push({
      code: "FRR_INVALID_NUMBER",
      path: `${path}.keepalive`,
      input: timers.keepalive,
      message: `must be at most a third of the hold time (${Math.floor(timers.hold / 3)} for hold ${timers.hold}); FRR would lower it to that and every plan would show a change`,
    });
  }
}

