-- Periods on the received date (the tracking filters, the overview's charts) read a range of
-- this index instead of every dispatch. drizzle-kit also proposed to drop and re-create
-- recipients_pending_dispatch_idx, only because its snapshot spelled the WHERE clause
-- differently: the index is the same, so that part was removed by hand.
CREATE INDEX `dispatches_received_idx` ON `dispatches` (`received_date`,`id`);
