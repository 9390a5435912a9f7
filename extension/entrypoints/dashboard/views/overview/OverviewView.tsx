import { Exports } from '../../components/Exports';
import { Overview } from '../../components/Overview';
import type { ViewProps } from '../view-props';

/** The period's figures and the register's exports; both are the administrators' (the API says so). */
export function OverviewView({ request, today, language, download, announce }: ViewProps) {
  return (
    <>
      <Overview request={request} today={today} language={language} />
      <Exports request={request} today={today} download={download} announce={announce} />
    </>
  );
}
