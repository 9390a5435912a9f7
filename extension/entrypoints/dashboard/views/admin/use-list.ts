/**
 * A whole list from the background (units, groups or users), loaded once, and kept current
 * after each save by putting the server's answer in place instead of reloading everything.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../../../lib/error-text';
import type { AdminAnswer } from '../../../../lib/messages/admin';

export interface List<T> {
  items: T[] | null;
  /** Why the list could not be loaded (the background's words). */
  error: string | null;
  reload: () => Promise<void>;
  /** Replaces the item with the same id, or adds it at the end. */
  put: (item: T) => void;
}

export function useList<T extends { id: number }>(
  load: () => Promise<AdminAnswer<T[]> | undefined>,
): List<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = async () => {
    try {
      const answer = await load();
      if (answer?.ok) {
        setItems(answer.data);
        setError(null);
      } else setError(answer?.error ?? '');
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const put = (item: T) =>
    setItems((current) => {
      const list = current ?? [];
      return list.some((other) => other.id === item.id)
        ? list.map((other) => (other.id === item.id ? item : other))
        : [...list, item];
    });

  return { items, error, reload, put };
}
