/**
 * Channel adapters behind one interface (H6: the beneficiary is told through the agreed channel).
 * Email goes through nodemailer: SMTP when SMTP_URL is set, otherwise .eml files under .tmp/mail
 * (the embedded default). SMS and WhatsApp ship as a logging adapter only.
 */
import fs from 'fs';
import path from 'path';
import nodemailer, { type Transporter } from 'nodemailer';
import { maskPhone } from '../domain/phone';

export type OutgoingMessage = { channel: 'email' | 'sms' | 'whatsapp'; recipient: string; subject: string | null; bodyText: string; bodyHtml: string | null };

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
      fs.writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`), info.message as Buffer);
    },
  };
};

const smtpTransport = (url: string): ChannelAdapter => {
  const transporter: Transporter = nodemailer.createTransport(url);
  return { async send(message) { await transporter.sendMail(toMail(message)); } };
};

const toMail = (message: OutgoingMessage) => ({
  from: process.env.MAIL_FROM ?? 'Wasl <no-reply@wasl.local>',
  to: message.recipient,
  subject: message.subject ?? '',
  text: message.bodyText,
  html: message.bodyHtml ?? undefined,
  headers: { 'Content-Language': 'ar' },
});

/** Logs that a text message would leave, with the number masked: no personal data in logs (P1). */
const loggingAdapter = (log: (line: string) => void, channel: string): ChannelAdapter => ({
  async send(message) {
    log(`[wasl:${channel}] message to ${maskPhone(message.recipient)} (${message.bodyText.length} chars) handed to the logging adapter`);
  },
});

export const createAdapters = (log: (line: string) => void): Record<OutgoingMessage['channel'], ChannelAdapter> => ({
  email: process.env.SMTP_URL ? smtpTransport(process.env.SMTP_URL) : fileTransport(),
  sms: loggingAdapter(log, 'sms'),
  whatsapp: loggingAdapter(log, 'whatsapp'),
});
