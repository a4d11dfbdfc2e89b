export {
  CONNECTION_DEFAULTS,
  describeConnection,
  resolveConnectionOptions,
  validateConnectionOptions,
  type ConnectionOptions,
  type ConnectionSecrets,
  type HostKeyCheck,
  type ResolvedConnectionOptions,
  type ValidateOptions,
} from "./connection-options";
export { fingerprintOf, keyTypeOfBlob, parseHostKeyPin, type HostKeyPin, type HostKeyType } from "./host-key";
export { verifyHostKey, type HostKeyPolicy, type HostKeyVerdict } from "./host-key-policy";
export { checkKnownHosts, hashKnownHostsName, knownHostsName, parseKnownHosts, type KnownHostsEntry, type KnownHostsVerdict } from "./known-hosts";
export { localFiles, prepareConnection, type LocalFiles, type PreparedConnection } from "./prepare-connection";
export { composeRedactor, redactPasswordLines, type Redactor } from "./redact-secrets";
export { acquireRemoteLock, withRemoteLock, type HeldLock, type RemoteLockOptions } from "./remote-lock";
export type { ExecResult } from "./remote-process";
export { backoffDelay, isTransientSshError } from "./retry-policy";
export { quoteShellArg, shellCommand } from "./shell-quote";
export { SshPool, type ExecOptions, type HostMetrics, type PooledProcess, type RemoteCommand, type SshPoolOptions } from "./ssh-pool";
export { TransportError, type TransportErrorCode } from "./transport-error";
export {
  Vtysh,
  type ApplyOptions,
  type ApplyResult,
  type CheckResult,
  type ClearBgpRequest,
  type CommandNote,
  type ReadResult,
  type VtyshOptions,
} from "./vtysh";
export type { CheckComplaint, ShowOutput } from "./vtysh-output";
