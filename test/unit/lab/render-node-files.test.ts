import { describe, expect, it } from "vitest";
import { renderBirdConf, renderDaemonsFile, renderHostFrrConf, renderSshdConfig, renderSudoersRule } from "../../../src/lab/render-node-files";

describe("node files", () => {
  it("starts zebra with the netns VRF backend only when asked, and mgmtd only on FRR 10", () => {
    const plain = renderDaemonsFile({ frr: "8.4", defaults: "traditional", netnsVrfs: false, logFile: "/x/frr.log" });
    expect(plain).toContain('zebra_options="-A 127.0.0.1 -P 0 --log file:/x/frr.log -s 90000000"');
    expect(plain).toContain('frr_profile="traditional"');
    expect(plain).not.toContain("mgmtd");
    const vrf = renderDaemonsFile({ frr: "10.3", defaults: "datacenter", netnsVrfs: true, logFile: "/x/frr.log" });
    expect(vrf).toContain('zebra_options="-n -A 127.0.0.1');
    expect(vrf).toContain("mgmtd_options=");
    expect(vrf).toContain('frr_profile="datacenter"');
  });

  it("gives a host a minimal frr.conf plus its hand-made lines", () => {
    expect(renderHostFrrConf({ name: "node1", defaults: "datacenter", config: "" })).toBe(
      "frr defaults datacenter\nhostname node1\nservice integrated-vtysh-config\n!\nline vty\n!\n",
    );
    expect(renderHostFrrConf({ name: "node1", defaults: "traditional", config: "ip prefix-list X seq 5 permit 10.0.0.0/8\n" })).toContain(
      "!\nip prefix-list X seq 5 permit 10.0.0.0/8\n!\nline vty",
    );
  });

  it("lets sshd take keys only, on the management address, for the lab users", () => {
    const conf = renderSshdConfig({ listenAddress: "172.30.1.11", port: 22, hostKey: "/k", pidFile: "/p", authorizedKeysDir: "/ak", users: ["root", "frrops-tor"] });
    expect(conf).toContain("ListenAddress 172.30.1.11:22");
    expect(conf).toContain("AuthorizedKeysFile /ak/%u");
    expect(conf).toContain("PasswordAuthentication no");
    expect(conf).toContain("PermitRootLogin prohibit-password");
    expect(conf).toContain("AllowUsers root frrops-tor");
  });

  it("allows the operator vtysh through sudo and nothing else", () => {
    expect(renderSudoersRule("frrops-tor")).toMatch(/^frrops-tor ALL=\(root\) NOPASSWD: \/usr\/bin\/vtysh$/m);
  });

  it("adds a log line after BIRD's config, keeping its line numbers", () => {
    expect(renderBirdConf("router id 1.1.1.1;\n", "/l/bird.log")).toMatch(/^router id 1.1.1.1;\n\n# .*\nlog "\/l\/bird.log" all;\n$/);
  });
});
