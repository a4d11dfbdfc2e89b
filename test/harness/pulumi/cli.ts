import { resolve } from "node:path";
import type { ConfigOverride } from "./load-stack-config";
import { EXIT_CONFIGURATION, type OperationResult } from "./operation-report";
import { destroy, importResource, preview, refresh, up, type OperationOptions } from "./operations";
import { maskForDisplay, type PropertyMap } from "./property-value";
import { renderOperation } from "./render-summary";

// npx tsx test/harness/pulumi/cli.ts <up|preview|refresh|destroy|import> --cwd DIR --stack NAME
//   --state FILE [--config k=v]... [--config-secret k=v]... [--parallel N] [--refresh]
//   [--expect-no-changes] [--skip-preview] [--json] [--show-secrets] [--verbose] [--timeout MS]
// import: ... import <type> <name> <id>
// Exit codes follow the CLI: 0 ok, 1 failed, 2 bad invocation or config, 7 --expect-no-changes violated.

const USAGE = `usage: cli.ts <up|preview|refresh|destroy|import> --cwd DIR --stack NAME --state FILE [options]
       cli.ts import <type> <name> <id> --cwd DIR --stack NAME --state FILE [options]
options:
  -c, --config k=v          stack config value (repeatable; "k" gets the project namespace)
      --config-secret k=v   secret stack config value (repeatable)
  -p, --parallel N          resource operations in flight (default 4 x CPU count)
  -r, --refresh             refresh before preview/up
      --expect-no-changes   exit 7 when changes are proposed (preview, up, refresh)
  -f, --skip-preview        up/refresh/destroy/import without the preview phase
      --json                print the result as JSON (secrets masked unless --show-secrets)
      --show-secrets        print secret values
  -v, --verbose             print program and plugin output
      --timeout MS          per-phase limit on the program run time (default 600000)
  -y, --yes                 accepted for compatibility (never prompts)
secrets passphrase: PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE`;

class UsageError extends Error {}

interface Parsed {
  op: string;
  positional: string[];
  options: OperationOptions;
  json: boolean;
  showSecrets: boolean;
  verbose: boolean;
}

function parseKeyValue(flag: string, text: string | undefined, secret: boolean): ConfigOverride {
  const at = text?.indexOf("=") ?? -1;
  if (text === undefined || at <= 0) {
    throw new UsageError(`${flag} expects key=value, got ${JSON.stringify(text ?? "")}`);
  }
  return { key: text.slice(0, at), value: text.slice(at + 1), secret };
}

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const config: ConfigOverride[] = [];
  let cwd: string | undefined;
  let stack: string | undefined;
  let stateFile: string | undefined;
  const parsed = { json: false, showSecrets: false, verbose: false };
  const options: Partial<OperationOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    switch (flag) {
      case "--cwd":
        cwd = value();
        break;
      case "-s":
      case "--stack":
        stack = value();
        break;
      case "--state":
        stateFile = value();
        break;
      case "-c":
      case "--config":
        config.push(parseKeyValue(flag, value(), false));
        break;
      case "--config-secret":
        config.push(parseKeyValue(flag, value(), true));
        break;
      case "-p":
      case "--parallel": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) {
          throw new UsageError(`--parallel must be a positive integer`);
        }
        options.parallel = n;
        break;
      }
      case "--timeout": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) {
          throw new UsageError(`--timeout must be a positive number of milliseconds`);
        }
        options.timeoutMs = n;
        break;
      }
      case "-r":
      case "--refresh":
        options.refresh = true;
        break;
      case "--expect-no-changes":
        options.expectNoChanges = true;
        break;
      case "-f":
      case "--skip-preview":
        options.skipPreview = true;
        break;
      case "--json":
        parsed.json = true;
        break;
      case "--show-secrets":
        parsed.showSecrets = true;
        break;
      case "-v":
      case "--verbose":
        parsed.verbose = true;
        break;
      case "-y":
      case "--yes":
        break;
      case "-h":
      case "--help":
        throw new UsageError("");
      default:
        if (arg.startsWith("-")) {
          throw new UsageError(`unknown flag ${arg}`);
        }
        positional.push(arg);
    }
  }
  const op = positional.shift();
  if (op === undefined) {
    throw new UsageError("missing operation");
  }
  if (stack === undefined || stateFile === undefined) {
    throw new UsageError("--stack and --state are required");
  }
  return {
    op,
    positional,
    ...parsed,
    options: { ...options, cwd: resolve(cwd ?? "."), stack, stateFile: resolve(stateFile), config },
  };
}

async function runOperation(p: Parsed): Promise<OperationResult> {
  switch (p.op) {
    case "up":
      return up(p.options);
    case "preview":
      return preview(p.options);
    case "refresh":
      return refresh(p.options);
    case "destroy":
      return destroy(p.options);
    case "import": {
      const [type, name, id] = p.positional;
      if (type === undefined || name === undefined || id === undefined || p.positional.length !== 3) {
        throw new UsageError("import needs <type> <name> <id>");
      }
      return importResource({ ...p.options, type, name, id });
    }
    default:
      throw new UsageError(`unknown operation ${JSON.stringify(p.op)}`);
  }
}

function forJson(result: OperationResult, showSecrets: boolean): unknown {
  return showSecrets ? result : { ...result, outputs: maskForDisplay(result.outputs) as PropertyMap };
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
    if (parsed.verbose && !parsed.json) {
      parsed.options.onLog = (line) => process.stderr.write(`${line}\n`);
    }
    const result = await runOperation(parsed);
    if (parsed.json) {
      process.stdout.write(`${JSON.stringify(forJson(result, parsed.showSecrets), null, 2)}\n`);
    } else {
      process.stdout.write(`${renderOperation(result, parsed.options.stack, { showSecrets: parsed.showSecrets })}\n`);
    }
    return result.exitCode;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message !== "" ? `error: ${err.message}\n` : ""}${USAGE}\n`);
      return EXIT_CONFIGURATION;
    }
    throw err;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
