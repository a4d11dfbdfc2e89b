import { fingerprintOf, keyTypeOfBlob, type HostKeyPin } from "./host-key";
import { checkKnownHosts, knownHostsName, type KnownHostsEntry } from "./known-hosts";
import { TransportError } from "./transport-error";

/** How the offered host key is judged, once files are read. */
export type HostKeyPolicy =
  | { readonly kind: "pin"; readonly pin: HostKeyPin }
  | { readonly kind: "known-hosts"; readonly entries: readonly KnownHostsEntry[]; readonly files: readonly string[] }
  | { readonly kind: "insecure" };

export interface HostKeyTarget {
  readonly host: string;
  readonly port: number;
  /** `describeConnection(...)` of the connection being made. */
  readonly description: string;
}

export type HostKeyVerdict =
  | { readonly ok: true; readonly keyType: string; readonly fingerprint: string }
  | { readonly ok: false; readonly error: TransportError };

/** Accepts or refuses the key a server offered, with an error that says what to do. Pure. */
export function verifyHostKey(policy: HostKeyPolicy, target: HostKeyTarget, offered: Buffer): HostKeyVerdict {
  const keyType = keyTypeOfBlob(offered) ?? "unknown-type";
  const fingerprint = fingerprintOf(offered);
  const ok: HostKeyVerdict = { ok: true, keyType, fingerprint };
  const offeredText = `${target.description} offered ${keyType} ${fingerprint}`;
  const fail = (code: "FRR_SSH_HOST_KEY_MISMATCH" | "FRR_SSH_HOST_KEY_UNKNOWN" | "FRR_SSH_HOST_KEY_REVOKED", message: string): HostKeyVerdict =>
    ({ ok: false, error: new TransportError(code, message, { host: target.description }) });
  const scan = `\`ssh-keyscan -p ${target.port} ${target.host} | ssh-keygen -lf -\``;

  switch (policy.kind) {
    case "insecure":
      return ok;
    case "pin": {
      if (fingerprint === policy.pin.fingerprint) return ok;
      const typeHint = policy.pin.types === undefined
        ? ` If you pinned the host's key of another type, pin its ${keyType} key instead, or write the pin as the whole \`ssh-keygen -lf\` line so the key type is known.`
        : "";
      return fail("FRR_SSH_HOST_KEY_MISMATCH",
        `${offeredText}, expected ${policy.pin.fingerprint} (the connection's hostKey; host_key in Terraform). If the host was rebuilt, check its new key on the host ` +
        `(\`ssh-keygen -lf /etc/ssh/ssh_host_${shortType(keyType)}_key.pub\`) and update the pin; otherwise stop: this is what a man-in-the-middle looks like.${typeHint}`);
    }
    case "known-hosts": {
      const verdict = checkKnownHosts(policy.entries, target.host, target.port, offered);
      const name = knownHostsName(target.host, target.port);
      const files = policy.files.join(", ");
      switch (verdict.kind) {
        case "match":
          return ok;
        case "revoked":
          return fail("FRR_SSH_HOST_KEY_REVOKED", `${offeredText}, which ${verdict.where} marks @revoked. Do not connect; find out why the host presents a revoked key.`);
        case "mismatch": {
          const expected = verdict.expected.map((k) => `${k.fingerprint} (${k.where})`).join(" or ");
          return fail("FRR_SSH_HOST_KEY_MISMATCH",
            `${offeredText}, expected ${expected}. If the host was rebuilt, remove the old entry (\`ssh-keygen -R '${name}' -f ${policy.files[0] ?? "FILE"}\`) ` +
            `and add the new key after checking it on the host; otherwise stop: this is what a man-in-the-middle looks like.`);
        }
        case "unknown": {
          const has = verdict.known.length === 0
            ? `has no entry for ${name}`
            : `lists ${name} only with keys of type ${[...new Set(verdict.known.map((k) => k.keyType))].join(", ")}`;
          return fail("FRR_SSH_HOST_KEY_UNKNOWN",
            `${offeredText}; ${files} ${has}. Check the fingerprint on the host (\`ssh-keygen -lf /etc/ssh/ssh_host_${shortType(keyType)}_key.pub\`), ` +
            `then set \`hostKey\` to it or add the key to ${policy.files[0] ?? "the known_hosts file"} (e.g. from ${scan}, after comparing).`);
        }
      }
    }
  }
}

function shortType(keyType: string): string {
  if (keyType === "ssh-ed25519") return "ed25519";
  if (keyType.startsWith("ecdsa-")) return "ecdsa";
  if (keyType === "ssh-dss") return "dsa";
  return "rsa";
}
