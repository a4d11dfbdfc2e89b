/**
 * Provider logging: plain lines on stderr with the `[LEVEL]` prefix go-plugin recognises, so
 * Terraform files them under the right level in its own log. The level comes from
 * TF_LOG_PROVIDER, else TF_LOG (TRACE, DEBUG, INFO, WARN, ERROR, OFF; JSON means TRACE, any other
 * value TRACE like Terraform). Unset means silent: Terraform only shows provider stderr when
 * its own logging is on. Never log attribute values: they may be secrets.
 */
export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export interface Logger {
  readonly level: LogLevel | "off";
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, message: string): void;
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function logLevelFromEnv(env: NodeJS.ProcessEnv): LogLevel | "off" {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toUpperCase();
  switch (raw) {
    case "":
    case "OFF":
      return "off";
    case "DEBUG":
      return "debug";
    case "INFO":
      return "info";
    case "WARN":
      return "warn";
    case "ERROR":
      return "error";
    default:
      return "trace";
  }
}

export function createLogger(level: LogLevel | "off", write: (line: string) => void, name = "provider"): Logger {
  const enabled = (l: LogLevel): boolean => level !== "off" && ORDER[l] >= ORDER[level];
  const log = (l: LogLevel, message: string): void => {
    if (!enabled(l)) return;
    // One record per line: go-plugin reads stderr line by line.
    write(`[${l.toUpperCase()}] ${name}: ${message.replace(/\r?\n/g, "\\n")}\n`);
  };
  return {
    level,
    enabled,
    log,
    trace: (m) => log("trace", m),
    debug: (m) => log("debug", m),
    info: (m) => log("info", m),
    warn: (m) => log("warn", m),
    error: (m) => log("error", m),
  };
}
