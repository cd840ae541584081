/**
 * Sending e-mail: an SMTP transport (nodemailer) configured by `CCHC_SMTP_URL` and `CCHC_MAIL_FROM`,
 * or none — then reminders stay in the app only. Tests use a real SMTP server started by the test,
 * not a double of this service.
 */
import { Context, Data, Effect, Layer } from "effect";
import nodemailer from "nodemailer";

/** A message to send. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The SMTP server refused the message or could not be reached. */
export class MailFailed extends Data.TaggedError("MailFailed")<{ readonly reason: string }> {}

/** The mail service. */
export class Mailer extends Context.Tag("@cchc/api/Mailer")<
  Mailer,
  {
    /** Whether e-mail is set up; when false reminders are in-app only. */
    readonly configured: boolean;
    readonly send: (m: OutgoingMail) => Effect.Effect<{ readonly messageId: string | null }, MailFailed>;
  }
>() {
  /** No e-mail: nothing is queued for sending. */
  static readonly none = Layer.succeed(Mailer, {
    configured: false,
    send: () => Effect.fail(new MailFailed({ reason: "chưa cấu hình CCHC_SMTP_URL" })),
  });

  /** SMTP through nodemailer (`smtp://user:pass@host:587`, `smtps://…:465`); one connection per message. */
  static readonly smtp = (url: string, from: string) =>
    Layer.scoped(
      Mailer,
      Effect.acquireRelease(
        Effect.sync(() => nodemailer.createTransport(url, { from })),
        (t) => Effect.sync(() => t.close()),
      ).pipe(
        Effect.map((transport) => ({
          configured: true,
          send: (m: OutgoingMail) =>
            Effect.tryPromise({
              try: () => transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html }),
              catch: (e) => new MailFailed({ reason: e instanceof Error ? e.message : String(e) }),
            }).pipe(Effect.map((info) => ({ messageId: typeof info.messageId === "string" ? info.messageId : null }))),
        })),
      ),
    );
}

/** The public address of the web app, for links in mails and calendars. */
export class PublicUrl extends Context.Tag("@cchc/api/PublicUrl")<PublicUrl, string>() {
  /** The address when none is configured. */
  static readonly fallback = Layer.succeed(PublicUrl, "http://localhost:3000");
}
