import { useEffect, useState } from 'preact/hooks';
import type { TabReferences } from '../../lib/tab-references';

export interface AppProps {
  /** Resolves with what the active tab contains, or null when it has not been scanned. */
  loadReferences: () => Promise<TabReferences | null>;
}

type State =
  | { status: 'loading' }
  | { status: 'ready'; references: TabReferences | null }
  | { status: 'error' };

export function App({ loadReferences }: AppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadReferences().then(
      (references) => {
        if (!cancelled) setState({ status: 'ready', references });
      },
      () => {
        if (!cancelled) setState({ status: 'error' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [loadReferences]);

  return (
    <main>
      <h1>Theo dõi công văn</h1>
      <TabSummary state={state} />
    </main>
  );
}

function TabSummary({ state }: { state: State }) {
  switch (state.status) {
    case 'loading':
      return <p data-testid="status">Đang tải…</p>;
    case 'error':
      return <p data-testid="status">Không đọc được kết quả của thẻ này.</p>;
    case 'ready': {
      const { references } = state;
      if (references === null) {
        return <p data-testid="status">Trang này chưa được quét.</p>;
      }
      if (references.symbols.length === 0) {
        return <p data-testid="status">Không tìm thấy số, ký hiệu văn bản nào trên trang này.</p>;
      }
      return (
        <>
          <p data-testid="status">Tìm thấy {references.count} văn bản trên trang này:</p>
          <ul data-testid="symbols">
            {references.symbols.map((symbol) => (
              <li key={symbol}>{symbol}</li>
            ))}
          </ul>
        </>
      );
    }
  }
}
