/** A port nobody listens on now (on 127.0.0.1), for a server a test or bench starts. */
export declare function freePort(): Promise<number>;
