-- A status step may carry a note the model gives with it (caseStatusNote): the answer to an appeal, the accepted
-- meter reading, the new subscriber code. The citizen sees it on the case page and in the message (placeholder statusNote).
alter table application_status_change add column note varchar(4000);
