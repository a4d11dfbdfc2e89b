// Seed cloudstack-guest-bgp-api.md: a CloudStack virtual router (AS 65101) accepts BGP sessions
// from any guest VM on its guest network (a listen range into peer-group GUESTS, `remote-as
// external`), within the network offering's guardrails:
// - allowed tenant ASNs (guestbgpallowedasnmin/max): an AS-path list built with `asnRangeRegex`;
// - prefix length bounds (guestbgpmin/maxprefixlength) inside the guest prefix: a prefix-list;
// - at most guestbgpmaxprefixes routes per VM: maximum-prefix on the peer-group.
// GUEST-IN applies the first two; GUEST-OUT sends the guests the guest prefix. Both are needed
// anyway on FRR's `traditional` profile, which refuses eBGP routes without a policy.
//
//   FRR_IAC_LAB_FILE=.lab/cloudstack.json pulumi up
//   pulumi config set maxPrefixes 20        # the offering changed: an in-place update
import * as pulumi from "@pulumi/pulumi";
import * as frr from "frr-iac/pulumi";

const config = new pulumi.Config();
const host = config.get("host") ?? "vr";
const asn = config.getNumber("asn") ?? 65101;
const guestPrefix = config.get("guestPrefix") ?? "2001:db8:1046:10::/64";
const offering = {
  minPrefixLength: config.getNumber("minPrefixLength") ?? 128,
  maxPrefixLength: config.getNumber("maxPrefixLength") ?? 128,
  maxPrefixes: config.getNumber("maxPrefixes") ?? 10,
  allowedAsnMin: config.getNumber("allowedAsnMin") ?? 65200,
  allowedAsnMax: config.getNumber("allowedAsnMax") ?? 65299,
};

const connection = frr.hostConnection(host);

const allowedAsns = new frr.AsPathList("guest-asn", {
  connection,
  name: "GUEST-ASN",
  entries: [{ seq: 5, action: "permit", regex: frr.asnRangeRegex(offering.allowedAsnMin, offering.allowedAsnMax) }],
});
const allowedPrefixes = new frr.PrefixList("guest-v6-in", {
  connection,
  name: "GUEST-V6-IN",
  family: "ipv6",
  entries: [
    { seq: 5, action: "permit", prefix: guestPrefix, ge: offering.minPrefixLength, le: offering.maxPrefixLength },
    { seq: 10, action: "deny", prefix: "::/0", le: 128 },
  ],
});
const toGuests = new frr.PrefixList("guest-v6-out", { connection, name: "GUEST-V6-OUT", family: "ipv6", entries: [{ seq: 5, action: "permit", prefix: guestPrefix }] });

const guestIn = new frr.RouteMap("guest-in", {
  connection,
  name: "GUEST-IN",
  entries: [
    { seq: 10, action: "permit", description: "offering guardrails", match: { ipv6AddressPrefixList: allowedPrefixes.name, asPath: allowedAsns.name } },
    { seq: 100, action: "deny" },
  ],
});
const guestOut = new frr.RouteMap("guest-out", { connection, name: "GUEST-OUT", entries: [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: toGuests.name } }] });

const speaker = new frr.Speaker(host, { connection, asn, routerId: "10.46.10.1", defaultIpv4Unicast: false, listenLimit: 250 });
const guests = new frr.Peer("guests", {
  speaker,
  neighbor: "GUESTS",
  type: "peer-group",
  remoteAs: "external",
  description: "CloudStack guest VMs",
  addressFamilies: {
    ipv6Unicast: {
      activate: true,
      softReconfigurationInbound: true,
      routeMapIn: guestIn.name,
      routeMapOut: guestOut.name,
      filterListIn: allowedAsns.name,
      prefixListIn: allowedPrefixes.name,
      maximumPrefix: { limit: offering.maxPrefixes },
    },
  },
});
new frr.ListenRange("guest-network", { speaker, prefix: guestPrefix, peerGroup: guests.neighbor });
new frr.Advertisement("guest-prefix", { speaker, prefix: guestPrefix });

/** Routes accepted from all guests together (as of the last up or refresh). */
export const guestPrefixesAccepted = guests.status.apply((status) => status?.prefixesReceived);
export const allowedAsnRegex = frr.asnRangeRegex(offering.allowedAsnMin, offering.allowedAsnMax);
