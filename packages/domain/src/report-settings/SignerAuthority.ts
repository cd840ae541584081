/**
 * Who signs a report for whom (Nghị định 30/2020): "KT." (deputy for the head), "TM.", "TL.",
 * "TUQ.", "Q." or the head in person (null).
 */

/** The authorities the signature block knows. */
export const signerAuthorities = ["KT.", "TM.", "TL.", "TUQ.", "Q."] as const;

/** The authority a signer signs under; null = the head in person. */
export type SignerAuthority = (typeof signerAuthorities)[number] | null;
