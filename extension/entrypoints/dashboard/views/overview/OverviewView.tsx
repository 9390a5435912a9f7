import { Exports } from '../../components/Exports';
import { Overview } from '../../components/Overview';
import type { ViewProps } from '../view-props';
import { AckChart } from './AckChart';
import { GroupTasksChart } from './GroupTasksChart';
import '../tracking/tracking.css';

/** The period's figures and charts, and the register's exports; all the administrators' (the API says so). */
export function OverviewView({ request, today, language, download, announce }: ViewProps) {
  return (
    <>
      <Overview
        request={request}
        today={today}
        language={language}
        charts={({ from, to }) => (
          <>
            <AckChart request={request} from={from} to={to} today={today} />
            <GroupTasksChart request={request} from={from} to={to} />
          </>
        )}
      />
      <Exports request={request} today={today} download={download} announce={announce} />
    </>
  );
}
