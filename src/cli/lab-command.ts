// `frr-iac lab ...`: build, inspect, use and tear down the local FRR lab (see docs/lab.md).

import { spawn } from "node:child_process";
import { LabError } from "../lab/lab-error";
import { labDown } from "../lab/lab-down";
import { labRestartFrr } from "../lab/lab-restart-frr";
import { nodeCommand } from "../lab/lab-exec";
import { readLabFile, type LabFile } from "../lab/lab-file";
import { listLabNames, readLabState } from "../lab/lab-state";
import { labStatus } from "../lab/lab-status";
import { labUp } from "../lab/lab-up";
import { sshCommand } from "../lab/ssh-command";

const USAGE = `usage: frr-iac lab <command> [options]

  up TOPOLOGY [--name NAME] [--lab-file PATH] [--keep-on-failure]
      Build the lab (as root). TOPOLOGY is a YAML file or a shipped topology: tor, pve, cloudstack.
      An existing lab of the same name is torn down first. Prints the lab file path.
  down [--name NAME | --all]
      Remove every namespace, process, mount, user and file of the lab.
  status [--name NAME] [--json]
      Labs on this machine, their nodes, daemons and BGP sessions.
  exec [--name NAME | --lab-file PATH] NODE -- COMMAND...
      Run COMMAND on NODE (a host, a peer, or "mgmt" for the management namespace). On FRR nodes a
      bare \`vtysh\` reaches the node's pathspace.
  ssh [--name NAME | --lab-file PATH] [--user root|operator] HOST [-- COMMAND]
      Log in to HOST from the management namespace with the lab's key and pinned host key.
  restart-frr [--name NAME | --lab-file PATH] NODE
      Stop FRR on NODE and start it again as \`lab up\` does, from its saved configuration.
`;

interface Parsed {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
  readonly rest: string[];
}

const VALUE_FLAGS = new Set(["--name", "--lab-file", "--user"]);

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") {
      rest = args.slice(i + 1);
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      if (eq > 0) flags.set(arg.slice(0, eq), arg.slice(eq + 1));
      else if (VALUE_FLAGS.has(arg)) {
        const value = args[++i];
        if (value === undefined) throw new LabError("FRR_LAB_USAGE", `${arg} needs a value\n\n${USAGE}`);
        flags.set(arg, value);
      } else flags.set(arg, true);
      continue;
    }
    positional.push(arg);
  }
  return { positional, flags, rest };
}

function flag(p: Parsed, name: string): string | undefined {
  const value = p.flags.get(name);
  return typeof value === "string" ? value : undefined;
}

function checkFlags(p: Parsed, allowed: readonly string[]): void {
  for (const name of p.flags.keys()) {
    if (!allowed.includes(name)) throw new LabError("FRR_LAB_USAGE", `unknown option ${name}; this command takes ${allowed.join(", ") || "no options"}\n\n${USAGE}`);
  }
}

/** The lab named by --lab-file or --name (found through its state record), else the only one. */
function findLab(p: Parsed): LabFile {
  const file = flag(p, "--lab-file");
  if (file !== undefined) return readLabFile(file);
  const name = flag(p, "--name");
  if (name !== undefined) {
    const state = readLabState(name);
    return readLabFile(state?.labFile ?? name);
  }
  try {
    return readLabFile();
  } catch (error) {
    const names = listLabNames();
    const only = names.length === 1 && names[0] !== undefined ? readLabState(names[0]) : undefined;
    if (only !== undefined) return readLabFile(only.labFile);
    throw error;
  }
}

function runInherited(argv: readonly string[]): Promise<number> {
  const [file, ...args] = argv;
  return new Promise((resolve, reject) => {
    const child = spawn(file ?? "", args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal !== null ? 128 : 1)));
  });
}

async function up(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--lab-file", "--keep-on-failure"]);
  const [topology, ...extra] = p.positional;
  if (topology === undefined || extra.length > 0) throw new LabError("FRR_LAB_USAGE", `lab up takes one topology\n\n${USAGE}`);
  const name = flag(p, "--name");
  const labFile = flag(p, "--lab-file");
  const lab = await labUp(topology, {
    ...(name !== undefined ? { name } : {}),
    ...(labFile !== undefined ? { labFile } : {}),
    keepOnFailure: p.flags.has("--keep-on-failure"),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${lab.labFile}\n`);
  return 0;
}

async function down(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--all"]);
  let names: string[];
  const name = flag(p, "--name");
  if (name !== undefined) names = [name];
  else {
    names = listLabNames();
    if (names.length === 0) {
      process.stderr.write("no lab is up on this machine\n");
      return 0;
    }
    if (names.length > 1 && !p.flags.has("--all")) {
      throw new LabError("FRR_LAB_USAGE", `several labs are up (${names.join(", ")}); name one with --name or use --all`);
    }
  }
  for (const n of names) {
    const started = Date.now();
    await labDown(n);
    process.stderr.write(`lab ${n} is down (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return 0;
}

async function status(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--json"]);
  const name = flag(p, "--name");
  const labs = await labStatus(name !== undefined ? { name } : {});
  if (p.flags.has("--json")) {
    process.stdout.write(`${JSON.stringify(labs, null, 2)}\n`);
    return 0;
  }
  if (labs.length === 0) process.stdout.write("no lab is up on this machine\n");
  let healthy = true;
  for (const lab of labs) {
    process.stdout.write(`lab ${lab.name}${lab.labFile !== undefined ? `  (${lab.labFile})` : ""}\n`);
    if (lab.problem !== undefined) {
      healthy = false;
      process.stdout.write(`  ! ${lab.problem}\n`);
    }
    if (lab.missingNamespaces.length > 0) {
      healthy = false;
      process.stdout.write(`  ! missing namespaces: ${lab.missingNamespaces.join(", ")}\n`);
    }
    for (const n of lab.nodes) {
      const daemons = n.missing.length === 0 ? "running" : `NOT RUNNING: ${n.missing.join(", ")}`;
      const sessions = n.sessions !== undefined ? `  bgp ${n.sessions.established}/${n.sessions.total} established` : "";
      if (n.missing.length > 0) healthy = false;
      process.stdout.write(`  ${n.role.padEnd(4)} ${n.name.padEnd(15)} ${n.software.padEnd(10)} ${daemons}${sessions}${n.error !== undefined ? `  (${n.error})` : ""}\n`);
    }
  }
  return healthy ? 0 : 1;
}

async function exec(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--lab-file"]);
  const [node, ...command] = p.positional;
  const argv = [...command, ...p.rest];
  if (node === undefined || argv.length === 0) throw new LabError("FRR_LAB_USAGE", `lab exec needs a node and a command: frr-iac lab exec NODE -- COMMAND...\n\n${USAGE}`);
  return runInherited(nodeCommand(findLab(p), node, argv));
}

async function restart(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--lab-file"]);
  const [node] = p.positional;
  if (node === undefined) throw new LabError("FRR_LAB_USAGE", `lab restart-frr needs a node\n\n${USAGE}`);
  const lab = findLab(p);
  await labRestartFrr(lab.name, node);
  process.stdout.write(`FRR on ${node} of lab ${lab.name} restarted\n`);
  return 0;
}

async function ssh(p: Parsed): Promise<number> {
  checkFlags(p, ["--name", "--lab-file", "--user"]);
  const [host] = p.positional;
  if (host === undefined) throw new LabError("FRR_LAB_USAGE", `lab ssh needs a host\n\n${USAGE}`);
  const lab = findLab(p);
  const wanted = flag(p, "--user") ?? "root";
  const user = wanted === "operator" ? (lab.hosts[host]?.users.find((u) => u.username !== "root")?.username ?? wanted) : wanted;
  // Without a command this is an interactive login, which wants a terminal.
  return runInherited(sshCommand(lab, host, user, p.rest.join(" "), { tty: p.rest.length === 0 }));
}

export async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const parsed = parseArgs(rest);
  switch (command) {
    case "up":
      return up(parsed);
    case "down":
      return down(parsed);
    case "status":
      return status(parsed);
    case "exec":
      return exec(parsed);
    case "ssh":
      return ssh(parsed);
    case "restart-frr":
      return restart(parsed);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new LabError("FRR_LAB_USAGE", `unknown lab command "${command}"\n\n${USAGE}`);
  }
}
