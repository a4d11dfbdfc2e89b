// A TCP connection that starts in the lab's management namespace, usable from a process outside it
// (e.g. as ssh2's `sock`): a small Node relay runs in the namespace and pipes the connection to its
// stdin/stdout. The traffic itself never leaves the lab's namespaces.

import { spawn } from "node:child_process";
import { Duplex } from "node:stream";
import type { LabFile } from "./lab-file";

const RELAY = [
  "const net = require('node:net');",
  "const [host, port] = process.argv.slice(1);",
  "const s = net.connect(Number(port), host);",
  "s.setNoDelay(true);",
  "process.stdin.pipe(s);",
  "s.pipe(process.stdout);",
  "s.on('error', (e) => { process.stderr.write(`${host}:${port}: ${e.message}`); process.exit(1); });",
  "s.on('close', () => process.exit(0));",
].join("\n");

/** Opens a TCP connection to `address`:`port` from the management namespace; resolves once connected bytes can flow. */
export function mgmtSocket(lab: LabFile, address: string, port: number): Duplex {
  const child = spawn(lab.management.exec[0] ?? "ip", [...lab.management.exec.slice(1), process.execPath, "-e", RELAY, address, String(port)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const socket = Duplex.from({ readable: child.stdout, writable: child.stdin });
  child.on("exit", (code) => {
    if (code !== 0 && code !== null) socket.destroy(new Error(`connection from ${lab.management.namespace} failed: ${stderr.trim() || `relay exited ${code}`}`));
  });
  socket.on("close", () => child.kill());
  return socket;
}
