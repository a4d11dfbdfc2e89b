import { generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from "node:crypto";
import * as der from "./der";

/**
 * Self-signed certificates with go-plugin's AutoMTLS profile: CN and SAN DNS "localhost",
 * CA=true, key usage digitalSignature|keyEncipherment|keyAgreement|certSign, EKU serverAuth +
 * clientAuth. Built with node:crypto and our DER writer (Node 20 cannot generate X.509).
 */
export type Curve = "P-256" | "P-384" | "P-521";

export interface SelfSignedCert {
  readonly certPem: string;
  readonly keyPem: string;
  readonly der: Uint8Array;
}

export interface SelfSignedCertOptions {
  /** @default "P-256" (fast; the provider side). go-plugin clients use P-521. */
  readonly curve?: Curve;
  /** @default "frr-iac" */
  readonly organization?: string;
  /** @default now */
  readonly now?: Date;
  /** Back-dating of notBefore against clock skew. @default 60 s */
  readonly backdateSeconds?: number;
  /** @default 30 days; a provider process lives for one Terraform walk */
  readonly validitySeconds?: number;
}

const CURVES: Record<Curve, { nodeName: string; hash: string; sigOid: string }> = {
  "P-256": { nodeName: "prime256v1", hash: "sha256", sigOid: "1.2.840.10045.4.3.2" },
  "P-384": { nodeName: "secp384r1", hash: "sha384", sigOid: "1.2.840.10045.4.3.3" },
  "P-521": { nodeName: "secp521r1", hash: "sha512", sigOid: "1.2.840.10045.4.3.4" },
};

export function createSelfSignedCert(options: SelfSignedCertOptions = {}): SelfSignedCert {
  const curve = CURVES[options.curve ?? "P-256"];
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: curve.nodeName });
  const now = options.now ?? new Date();
  const notBefore = new Date(now.getTime() - (options.backdateSeconds ?? 60) * 1000);
  const notAfter = new Date(now.getTime() + (options.validitySeconds ?? 30 * 24 * 3600) * 1000);
  const serial = randomBytes(16);
  serial[0] = (serial[0] as number) & 0x7f;

  const name = der.sequence(
    der.set(der.sequence(der.oid("2.5.4.10"), der.utf8String(options.organization ?? "frr-iac"))),
    der.set(der.sequence(der.oid("2.5.4.3"), der.utf8String("localhost"))),
  );
  const sigAlg = der.sequence(der.oid(curve.sigOid));
  const extension = (id: string, critical: boolean, value: der.Der): der.Der =>
    critical ? der.sequence(der.oid(id), der.boolean(true), der.octetString(value)) : der.sequence(der.oid(id), der.octetString(value));
  const extensions = der.sequence(
    // keyUsage: digitalSignature(0) keyEncipherment(2) keyAgreement(4) keyCertSign(5) → 0xAC, 2 unused bits
    extension("2.5.29.15", true, der.bitString(new Uint8Array([0xac]), 2)),
    extension("2.5.29.37", false, der.sequence(der.oid("1.3.6.1.5.5.7.3.2"), der.oid("1.3.6.1.5.5.7.3.1"))),
    extension("2.5.29.19", true, der.sequence(der.boolean(true))),
    extension("2.5.29.17", false, der.sequence(der.implicitPrimitive(2, new TextEncoder().encode("localhost")))),
  );
  const spki = new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
  const tbs = der.sequence(
    der.explicit(0, der.smallInteger(2)),
    der.unsignedInteger(serial),
    sigAlg,
    name,
    der.sequence(der.time(notBefore), der.time(notAfter)),
    name,
    spki,
    der.explicit(3, extensions),
  );
  const signature = sign(curve.hash, tbs, privateKey);
  const certDer = der.sequence(tbs, sigAlg, der.bitString(new Uint8Array(signature)));
  return { certPem: toPem("CERTIFICATE", certDer), keyPem: pkcs8Pem(privateKey), der: certDer };
}

function pkcs8Pem(key: KeyObject): string {
  return key.export({ type: "pkcs8", format: "pem" }).toString();
}

export function toPem(label: string, data: Uint8Array): string {
  const b64 = Buffer.from(data).toString("base64");
  return `-----BEGIN ${label}-----\n${b64.replace(/.{1,64}/g, "$&\n")}-----END ${label}-----\n`;
}

/** Checks the profile go-plugin's client relies on; returns the problems found (empty = fine). */
export function certificateProblems(cert: X509Certificate, now = new Date()): string[] {
  const problems: string[] = [];
  if (!(cert.subjectAltName ?? "").split(/,\s*/).includes("DNS:localhost")) problems.push("no SAN DNS:localhost");
  const eku = cert.keyUsage;
  if (eku && eku.length > 0 && !eku.includes("1.3.6.1.5.5.7.3.1")) problems.push("extended key usage lacks serverAuth");
  if (new Date(cert.validFrom) > now) problems.push(`not valid before ${cert.validFrom}`);
  if (new Date(cert.validTo) < now) problems.push(`expired on ${cert.validTo}`);
  if (!cert.verify(cert.publicKey)) problems.push("self-signature does not verify");
  return problems;
}

