// The files the lab writes for a node, as text. Pure; paths are as seen from inside the node's root.

import type { DefaultsProfile, FrrTrack, HostSpec } from "./topology";

export interface DaemonsFileOptions {
  readonly frr: FrrTrack;
  readonly defaults: DefaultsProfile;
  /** Adds zebra's `-n`: every network namespace zebra can see becomes a VRF. */
  readonly netnsVrfs: boolean;
  readonly logFile: string;
}

/** FRR's `daemons` file: bgpd on, no TCP vty ports (`-P 0`), logs to a file since there is no syslog. */
export function renderDaemonsFile(o: DaemonsFileOptions): string {
  const common = `-A 127.0.0.1 -P 0 --log file:${o.logFile}`;
  const lines = [
    "# Written by frr-iac lab.",
    "bgpd=yes",
    "vtysh_enable=yes",
    `zebra_options="${o.netnsVrfs ? "-n " : ""}${common} -s 90000000"`,
    `bgpd_options="${common}"`,
    `staticd_options="${common}"`,
  ];
  if (o.frr === "10.3") lines.push(`mgmtd_options="${common}"`);
  lines.push(`frr_profile="${o.defaults}"`, "");
  return lines.join("\n");
}

export function renderVtyshConf(): string {
  return "service integrated-vtysh-config\n";
}

/** A host's starting frr.conf: minimal (no `router bgp`) plus the topology's hand-made lines. */
export function renderHostFrrConf(host: Pick<HostSpec, "name" | "defaults" | "config">): string {
  const extra = host.config.trim();
  return [
    `frr defaults ${host.defaults}`,
    `hostname ${host.name}`,
    "service integrated-vtysh-config",
    "!",
    ...(extra === "" ? [] : [extra, "!"]),
    "line vty",
    "!",
    "",
  ].join("\n");
}

export interface SshdConfigOptions {
  readonly listenAddress: string;
  readonly port: number;
  readonly hostKey: string;
  readonly pidFile: string;
  readonly authorizedKeysDir: string;
  readonly users: readonly string[];
}

export function renderSshdConfig(o: SshdConfigOptions): string {
  return [
    "# Written by frr-iac lab: key logins only, on the management address only.",
    `ListenAddress ${o.listenAddress}:${o.port}`,
    `HostKey ${o.hostKey}`,
    `PidFile ${o.pidFile}`,
    `AuthorizedKeysFile ${o.authorizedKeysDir}/%u`,
    `AllowUsers ${o.users.join(" ")}`,
    "PermitRootLogin prohibit-password",
    "PubkeyAuthentication yes",
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    "UsePAM no",
    // Pulumi and Terraform open many connections at once.
    "MaxStartups 100:30:200",
    "MaxSessions 64",
    "Subsystem sftp internal-sftp",
    "",
  ].join("\n");
}

/** The operator may run vtysh as root without a password (`sudo -n vtysh ...`), and nothing else. */
export function renderSudoersRule(user: string): string {
  return `# Written by frr-iac lab.\n${user} ALL=(root) NOPASSWD: /usr/bin/vtysh\n`;
}

/** /etc/hosts naming the node itself, so sudo can resolve the hostname. */
export function renderHostsFile(node: string): string {
  return `127.0.0.1\tlocalhost\n127.0.1.1\t${node}\n::1\tlocalhost ip6-localhost ip6-loopback\n`;
}

/** BIRD's config with a log file added at the end (so BIRD's line numbers match the topology's). */
export function renderBirdConf(config: string, logFile: string): string {
  return `${config.trim()}\n\n# Added by frr-iac lab: nothing reads syslog here.\nlog "${logFile}" all;\n`;
}
