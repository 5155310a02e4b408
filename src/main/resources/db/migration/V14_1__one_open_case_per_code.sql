-- A service may allow only one open (not finished) case per subscriber code: a second application for a code whose
-- case has not reached a final status is refused at intake, naming the subscriberCode field. The water supply
-- suspension is one: two suspensions of one supply at once would seal it twice and wait for two restorations.
alter table e_service add column one_open_case_per_code boolean default false not null;
update e_service set one_open_case_per_code = true where code = 'WATER_SUPPLY_SUSPENSION';
