import type { ViewProps } from '../view-props';

/** What each admin section gets from the page. */
export type SectionProps = Pick<ViewProps, 'request' | 'announce' | 'navigate' | 'params'>;
