import { describe, expect, it } from 'vitest';
import { readPageReport } from '../background/page-reading';
import type { PageReport } from '../lib/page-scan';
import { frameReporter } from './frame-reporter';

const scan = (symbols: string[]): PageReport => ({
  url: 'https://vanban.example.gov.vn/toan-van/1',
  title: '',
  references: symbols.map((symbol) => ({ symbol, key: symbol }) as PageReport['references'][number]),
  mainText: '',
  rows: [],
});

function recorder() {
  const sent: PageReport[] = [];
  return { sent, send: async (s: PageReport) => void sent.push(s) };
}

describe('frameReporter', () => {
  it('always reports the top document, empty or not, and sends nothing when it goes', () => {
    const { sent, send } = recorder();
    const reporter = frameReporter(send, true);
    reporter.report(scan([]));
    reporter.report(scan(['3944/UBND-NC']));
    reporter.gone();
    expect(sent.map((s) => s.references.length)).toEqual([0, 1]);
  });

  it('keeps a frame quiet until it finds something, then reports every change, empty ones too', () => {
    const { sent, send } = recorder();
    const reporter = frameReporter(send, false);
    expect(reporter.report(scan([]))).toBeUndefined();
    reporter.report(scan(['594/KH-UBND']));
    reporter.report(scan([]));
    expect(sent.map((s) => s.references.length)).toEqual([1, 0]);
  });

  it('reports an empty page when a frame that found something goes away, and only then', () => {
    const quiet = recorder();
    frameReporter(quiet.send, false).gone();
    expect(quiet.sent).toEqual([]);

    const { sent, send } = recorder();
    const reporter = frameReporter(send, false);
    reporter.report(scan(['594/KH-UBND']));
    reporter.gone();
    reporter.gone();
    expect(sent.map((s) => [s.url, s.references.length])).toEqual([
      ['https://vanban.example.gov.vn/toan-van/1', 1],
      ['https://vanban.example.gov.vn/toan-van/1', 0],
    ]);
  });

  it('leaves nothing of a gone frame to read a primary dispatch from, not even its title', () => {
    const { sent, send } = recorder();
    const reporter = frameReporter(send, false);
    const found = {
      ...scan(['3944/UBND-NC']),
      title: 'Công văn 3944/UBND-NC',
      mainText: 'Công văn 3944/UBND-NC',
    };
    reporter.report(found);
    expect(readPageReport(found).primary?.symbol).toBe('3944/UBND-NC');
    reporter.gone();
    const last = sent[sent.length - 1] as PageReport;
    expect(last).toEqual({ url: found.url, title: '', references: [], mainText: '', rows: [] });
    expect(readPageReport(last).primary).toBeNull();
  });
});
