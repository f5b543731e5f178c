/**
 * Channel adapters behind one interface (H6: the beneficiary is told through the agreed channel).
 * Email goes through nodemailer: SMTP when SMTP_URL is set, otherwise .eml files under .tmp/mail
 * (the embedded default). No other channel has an automated sender yet: a text message, a WhatsApp
 * message, a call, a letter or a word at the next visit is a task for the staff (cms/services/outbox.ts),
 * never a message marked sent that nobody sent.
 */
import fs from 'fs';
import path from 'path';
import nodemailer, { type Transporter } from 'nodemailer';

export const CHANNELS = ['email', 'sms', 'whatsapp', 'phone', 'letter', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];
export type OutgoingMessage = {
  channel: Channel;
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  /** Files sent with the mail (MC4: the monthly report's PDF and CSV), read from private storage at delivery. */
  attachments?: MailAttachment[];
};
export type MailAttachment = { filename: string; content: Buffer; contentType: string };
/** The channels a machine delivers; the rest wait for a person (H6). */
export type AutomatedChannel = 'email';
export const isAutomated = (channel: Channel): channel is AutomatedChannel => channel === 'email';

export interface ChannelAdapter {
  send(message: OutgoingMessage): Promise<void>;
}

const MAIL_DIR = path.resolve(process.cwd(), '.tmp', 'mail');

const fileTransport = (): ChannelAdapter => {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transporter.sendMail(toMail(message));
      fs.mkdirSync(MAIL_DIR, { recursive: true });
      fs.writeFileSync(
        path.join(MAIL_DIR, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`),
        info.message as Buffer,
      );
    },
  };
};

const smtpTransport = (url: string): ChannelAdapter => {
  const transporter: Transporter = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail(toMail(message));
    },
  };
};

const toMail = (message: OutgoingMessage) => ({
  from: process.env.MAIL_FROM ?? 'Wasl <no-reply@wasl.local>',
  to: message.recipient,
  subject: message.subject ?? '',
  text: message.bodyText,
  html: message.bodyHtml ?? undefined,
  headers: { 'Content-Language': 'ar' },
  attachments: message.attachments?.map((a) => ({
    filename: a.filename,
    content: a.content,
    contentType: a.contentType,
  })),
});

export const createAdapters = (): Record<AutomatedChannel, ChannelAdapter> => ({
  email: process.env.SMTP_URL ? smtpTransport(process.env.SMTP_URL) : fileTransport(),
});
