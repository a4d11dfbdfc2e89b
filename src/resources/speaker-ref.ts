import { parseAsn } from "../values/asn";
import { parseName, VRF_NAME } from "../values/names";
import { fail, ok, type Parsed } from "../values/result";

/** Which BGP instance a child resource lives in: `router bgp ASN [vrf NAME]`. */
export interface SpeakerRef {
  readonly asn: number;
  readonly vrf?: string;
}

const FORMAT = "\"ASN\" or \"ASN/vrf/NAME\" (the id of an frr Speaker, e.g. \"65000\" or \"4200001000/vrf/vrf_evpnz1\")";

export function speakerId(ref: SpeakerRef): string {
  return ref.vrf === undefined ? String(ref.asn) : `${ref.asn}/vrf/${ref.vrf}`;
}

export function parseSpeakerId(input: unknown): Parsed<string> {
  const ref = parseSpeakerRef(input);
  return ref.ok ? ok(speakerId(ref.value)) : ref;
}

export function parseSpeakerRef(input: unknown): Parsed<SpeakerRef> {
  if (typeof input !== "string" && typeof input !== "number") return fail("FRR_INVALID_ID", `is not a speaker reference; expected ${FORMAT}`);
  const parts = String(input).split("/");
  const asn = parseAsn(parts[0]);
  if (!asn.ok) return fail("FRR_INVALID_ID", `does not start with an AS number; expected ${FORMAT}`);
  if (parts.length === 1) return ok({ asn: asn.value });
  if (parts.length === 3 && parts[1] === "vrf") {
    const vrf = parseName(parts[2], VRF_NAME);
    if (!vrf.ok) return fail("FRR_INVALID_ID", `has an invalid VRF name (${vrf.message}); expected ${FORMAT}`);
    return ok(vrf.value === "default" ? { asn: asn.value } : { asn: asn.value, vrf: vrf.value });
  }
  return fail("FRR_INVALID_ID", `is not a speaker reference; expected ${FORMAT}`);
}

/** `router bgp 65000` or `router bgp 65000 vrf NAME`. */
export function routerHeader(ref: SpeakerRef): string {
  return ref.vrf === undefined ? `router bgp ${ref.asn}` : `router bgp ${ref.asn} vrf ${ref.vrf}`;
}

/** Splits an import ID "SPEAKER/<keyword>/REST" where SPEAKER itself may contain "/vrf/NAME". */
export function splitChildId(id: string, keyword: string): { speaker: string; rest: string } | undefined {
  const marker = `/${keyword}/`;
  const at = id.indexOf(marker);
  if (at <= 0) return undefined;
  const speaker = parseSpeakerId(id.slice(0, at));
  if (!speaker.ok) return undefined;
  return { speaker: speaker.value, rest: id.slice(at + marker.length) };
}
