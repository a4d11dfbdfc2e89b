#!/usr/bin/env node
// The `frr-iac` command. Each subcommand lives in its own module and is loaded only when used,
// so `frr-iac --help` stays fast and a broken subcommand cannot break the others.

interface Subcommand {
  summary: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const subcommands: Record<string, Subcommand> = {
  lab: { summary: "build, inspect and tear down the local FRR lab", load: () => import("./lab-command.js") },
  status: { summary: "BGP sessions and per-peer routes of a host or lab node", load: () => import("./status-command.js") },
  reset: { summary: "clear a BGP session (hard or soft in/out)", load: () => import("./reset-command.js") },
  terraform: { summary: "install the Terraform/OpenTofu provider", load: () => import("./terraform-command.js") },
  adopt: { summary: "generate a Pulumi program or HCL from a host's existing BGP config", load: () => import("./adopt-command.js") },
};

function usage(): string {
  const width = Math.max(...Object.keys(subcommands).map((name) => name.length));
  const lines = Object.entries(subcommands).map(([name, sub]) => `  ${name.padEnd(width)}  ${sub.summary}`);
  return ["usage: frr-iac <command> [options]", "", "commands:", ...lines, ""].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const sub = subcommands[name];
  if (!sub) {
    process.stderr.write(`frr-iac: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await sub.load();
  return module.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`frr-iac: ${message}\n`);
    process.exitCode = 1;
  },
);
