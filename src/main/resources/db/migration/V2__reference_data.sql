insert into case_status (code, label_az, label_en, final_status) values
    ('SUBMITTED',         'Göndərildi (təsdiq gözlənilir)', 'Submitted (awaiting confirmation)', false),
    ('REGISTERED',        'Qeydiyyata alındı',              'Registered',                        false),
    ('FORWARDED',         'İcraya yönləndirildi',           'Forwarded for execution',           false),
    ('EXECUTOR_ASSIGNED', 'İcraçı təyin edildi',            'Executor assigned',                 false),
    ('ACT_DRAWN_UP',      'Akt tərtib edildi',              'Act drawn up',                      false),
    ('COMPLETED',         'İcra edildi',                    'Completed',                         true),
    ('REJECTED',          'İmtina edildi',                  'Rejected',                          true),
    ('CANCELLED',         'Ləğv edildi',                    'Cancelled',                         true);

insert into status_reason (code, label_az, label_en) values
    ('NO_METER_STOCK',        'Anbarda sayğac ehtiyatı yoxdur',                'No meter in stock'),
    ('UNSUITABLE_WATER_LINE', 'Abonentin su xətti sayğac quraşdırılmasına uyğun deyil', 'The water line is unsuitable for a meter'),
    ('NOT_CONFIRMED',         'Müraciət vaxtında təsdiq edilmədi',             'The application was not confirmed in time'),
    ('WITHDRAWN',             'Müraciət vətəndaş tərəfindən geri götürüldü',    'The application was withdrawn by the citizen');

insert into e_service (code, utility, process_key, start_form_id, number_prefix, name_az, name_en, active) values
    ('WATER_METER_INSTALLATION', 'AZERSU', 'WaterMeterInstallation', 'Form_WaterMeterInstallationApplication', 'AS',
     'Su sayğaclarının quraşdırılması müraciəti', 'Water meter installation application', true);
