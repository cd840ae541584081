/**
 * A real SMTP server for tests (the `smtp-server` package) on a free port: it keeps every message
 * it accepts, parsed, and can be told to refuse messages (451) to test retries.
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A running sink. */
export interface SmtpSink {
  readonly url: () => string;
  readonly messages: ParsedMail[];
  /** While true, every message is refused with a temporary error. */
  failing: boolean;
  readonly refused: () => number;
  readonly stop: () => Promise<void>;
}

/** Starts a sink on 127.0.0.1 and a free port. */
export const startSmtpSink = async (): Promise<SmtpSink> => {
  const messages: ParsedMail[] = [];
  let refused = 0;
  const sink: SmtpSink = {
    url: () => `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    messages,
    failing: false,
    refused: () => refused,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (sink.failing) {
          refused++;
          const err = Object.assign(new Error("Hệ thống thư tạm thời bận"), { responseCode: 451 });
          callback(err);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            messages.push(parsed);
            callback();
          },
          (e: Error) => callback(e),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return sink;
};
