import { FrrIacError } from "../errors";
import { NEIGHBORS_SHOW } from "../frr/show-json";

/**
 * With bgpd down, `show running-config` succeeds without a single BGP line, so every BGP object
 * would read as deleted and a refresh or plan would drop or re-create it. Before a read concludes
 * "not found", bgpd itself is asked; vtysh answers "bgpd is not running" when it is down.
 */
export const BGPD_PROBE = NEIGHBORS_SHOW;

export function bgpdAnswered(output: string | undefined): boolean {
  const answer = (output ?? "").trim();
  return answer.startsWith("{") && !/\bis not running\b/.test(answer);
}

export function bgpdSilentError(host: string, output: string | undefined, what: string): FrrIacError {
  const answer = (output ?? "").trim().slice(0, 80);
  return new FrrIacError(
    "FRR_HOST_FAILED",
    `${host}: bgpd does not answer (${JSON.stringify(answer)}), so frr-iac cannot tell whether ${what} exists. ` +
      "Nothing was concluded from this read: start FRR's bgpd on the host (watchfrr restarts it after a crash) and run the operation again.",
  );
}
