/** A real SMTP server on loopback (smtp-server) where the test Strapi delivers its mail (SMTP_URL). */
import { SMTPServer } from 'smtp-server';

export type Received = { to: string[]; raw: string };

export const startSmtp = (port: number, inbox: Received[]) =>
  new Promise<SMTPServer>((resolve, reject) => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

export const stopSmtp = (server: SMTPServer | null) =>
  new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

export const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};
