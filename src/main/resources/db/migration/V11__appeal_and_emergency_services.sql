-- Azərsu's electronic appeal (Elektron müraciət) and emergency service (Qəza xidməti).

-- Whether an e-service needs one of the citizen's subscriber codes. Without one the case's district is taken from the
-- start form's "district" field. IF NOT EXISTS: the new-subscriber service adds the same column in its own migration.
alter table e_service add column if not exists subscriber_code_required boolean default true not null;
alter table application alter column subscriber_code drop not null;

insert into e_service (code, utility, process_key, start_form_id, number_prefix, name_az, name_en, active,
                       subscriber_code_required) values
    ('ELECTRONIC_APPEAL', 'AZERSU', 'ElectronicAppeal', 'Form_ElectronicAppealApplication', 'AM',
     'Elektron müraciət', 'Electronic appeal', true, false),
    ('EMERGENCY_SERVICE', 'AZERSU', 'EmergencyService', 'Form_EmergencyServiceApplication', 'AQ',
     'Qəza xidməti', 'Emergency service', true, false);

-- ANSWERED: the appeal's answer approved and sent (the answer is the status note); DISPATCHED: the accident report
-- sent to the district's emergency brigade.
insert into case_status (code, label_az, label_en, final_status, notify_citizen) values
    ('ANSWERED',   'Cavablandırıldı',              'Answered',                       true,  true),
    ('DISPATCHED', 'Qəza briqadasına göndərildi',  'Dispatched to the emergency crew', false, true);

insert into status_reason (code, label_az, label_en) values
    ('ACCIDENT_NOT_FOUND', 'Göstərilən ünvanda qəza aşkar edilmədi',       'No accident was found at the address given'),
    ('NOT_AZERSU_NETWORK', 'Qəza yeri Azərsu-nun şəbəkəsinə aid deyil',    'The accident is not on Azərsu''s network');
