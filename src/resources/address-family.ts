/** The address families frr-iac manages, keyed as spec fields are. */
export const ADDRESS_FAMILIES = {
  ipv4Unicast: "address-family ipv4 unicast",
  ipv6Unicast: "address-family ipv6 unicast",
  l2vpnEvpn: "address-family l2vpn evpn",
} as const;

export type AddressFamilyKey = keyof typeof ADDRESS_FAMILIES;
export const ADDRESS_FAMILY_KEYS = Object.keys(ADDRESS_FAMILIES) as AddressFamilyKey[];

export function addressFamilyOfHeader(header: string): AddressFamilyKey | undefined {
  return ADDRESS_FAMILY_KEYS.find((key) => ADDRESS_FAMILIES[key] === header);
}
