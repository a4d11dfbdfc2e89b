import { describe, expect, it } from "vitest";
import { mountsUnder } from "../../../src/lab/mounts-under";

const mountinfo = [
  "22 27 0:21 / /proc rw,relatime - proc proc rw",
  "90 27 0:50 / /run/frr-iac/lab/tor/nodes/node2/root rw - overlay fil-tor-node2 rw",
  "91 90 0:21 / /run/frr-iac/lab/tor/nodes/node2/root/proc rw - proc proc rw",
  "92 90 0:6 / /run/frr-iac/lab/tor/nodes/node2/root/dev rw - devtmpfs devtmpfs rw",
  "93 92 0:24 / /run/frr-iac/lab/tor/nodes/node2/root/dev/pts rw - devpts devpts rw",
  "94 27 0:51 / /run/frr-iac/lab/tor2/x rw - tmpfs tmpfs rw",
  "95 27 0:52 / /run/frr-iac/lab/tor/with\\040space rw - tmpfs tmpfs rw",
].join("\n");

describe("mountsUnder", () => {
  it("lists mounts below a directory, deepest first, and not those of a sibling with the same prefix", () => {
    expect(mountsUnder("/run/frr-iac/lab/tor", mountinfo)).toEqual([
      "/run/frr-iac/lab/tor/nodes/node2/root/dev/pts",
      "/run/frr-iac/lab/tor/nodes/node2/root/proc",
      "/run/frr-iac/lab/tor/nodes/node2/root/dev",
      "/run/frr-iac/lab/tor/nodes/node2/root",
      "/run/frr-iac/lab/tor/with space",
    ]);
  });
});
