/**
 * A progress bar on stderr for the long scripts (the bench seeding): redrawn in place on a terminal,
 * one line per tenth otherwise (a log or CI keeps a short, readable trail).
 */
export type Progress = { tick: (done: number) => void; done: () => void };

const WIDTH = 30;

export const progressBar = (label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress => {
  const started = Date.now();
  let current = 0;
  let lastTenth = -1;
  const line = () => {
    const share = total ? Math.min(current / total, 1) : 1;
    const filled = Math.round(share * WIDTH);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(current / seconds) : 0;
    return `${label.padEnd(18)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${current.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${seconds.toFixed(1)} s ${rate.toLocaleString('en-US')}/s`;
  };
  const draw = () => {
    if (stream.isTTY) {
      stream.write(`\r${line()}`);
      return;
    }
    const tenth = total ? Math.floor((current / total) * 10) : 10;
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${line()}\n`);
  };
  return {
    tick: (done) => {
      current = done;
      draw();
    },
    done: () => {
      current = total;
      draw();
      if (stream.isTTY) stream.write('\n');
    },
  };
};
