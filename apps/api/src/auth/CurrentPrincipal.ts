/**
 * The caller of the request being handled, provided by the Router to every handler after the
 * access check, so handlers can record who acted and narrow lists to what the caller may see.
 */
import type { Principal } from "@cchc/domain/access/Principal";
import { Context } from "effect";

/** The principal of the current request (anonymous on public routes without credentials). */
export class CurrentPrincipal extends Context.Tag("@cchc/api/CurrentPrincipal")<CurrentPrincipal, Principal>() {}
