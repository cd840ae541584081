// A free TCP port on 127.0.0.1 for the tests and benches that start servers of their own: the
// system gives one to a listener, which is closed at once so that the caller can take it.
import { createServer } from "node:net";

/**
 * A port nobody listens on now (on 127.0.0.1).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}
