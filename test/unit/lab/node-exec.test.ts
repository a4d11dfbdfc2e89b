import { describe, expect, it } from "vitest";
import { execPrefix, vtyshPrefix, withPathspace } from "../../../src/lab/node-exec";

describe("node commands", () => {
  it("runs commands in the node's namespace under its hostname, chrooted for FRR 10", () => {
    expect(execPrefix({ name: "node1", namespace: "fil-tor-node1", rootDir: "/" })).toEqual([
      "ip", "netns", "exec", "fil-tor-node1", "unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', "node1",
    ]);
    expect(vtyshPrefix({ name: "node2", namespace: "fil-tor-node2", rootDir: "/r" }, "fil-tor-node2")).toEqual([
      "ip", "netns", "exec", "fil-tor-node2", "unshare", "--uts", "sh", "-c",
      'hostname "$0" && r="$1" && shift && exec chroot "$r" "$@"', "node2", "/r", "vtysh", "-N", "fil-tor-node2",
    ]);
  });

  it("adds the pathspace to a bare vtysh only", () => {
    expect(withPathspace(["vtysh", "-c", "show version"], "ps")).toEqual(["vtysh", "-N", "ps", "-c", "show version"]);
    expect(withPathspace(["vtysh", "-N", "other", "-c", "x"], "ps")).toEqual(["vtysh", "-N", "other", "-c", "x"]);
    expect(withPathspace(["ip", "route"], "ps")).toEqual(["ip", "route"]);
    expect(withPathspace(["vtysh"], undefined)).toEqual(["vtysh"]);
  });
});
