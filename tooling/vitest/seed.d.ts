/** Marker in the name of every test block that needs the seed; the test summary counts its skips. */
export declare const SEED_TAG: "[seed]";
/** The seed report from CCHC_SEED_FILE, or undefined when it is not set (fails under CCHC_REQUIRE_SEED=1). */
export declare function seedReport(): { readonly path: string; readonly text: string } | undefined;
