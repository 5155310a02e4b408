-- Which statuses the citizen is told about by SMS and e-mail; the notification templates exist for exactly these.
alter table case_status add column notify_citizen boolean default false not null;

update case_status set notify_citizen = true
 where code in ('REGISTERED', 'FORWARDED', 'EXECUTOR_ASSIGNED', 'ACT_DRAWN_UP', 'COMPLETED', 'REJECTED');
